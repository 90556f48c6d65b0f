/** A titled surname goes to the namesake who holds that office; an office holder's deputy holds an office too, whatever apostrophe the surname has. */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('office holders, namesakes and deputies', () => {
  it('gives "Mayor Quinn" to the mayor, not to the councilman who shares her surname', () => {
    const r = detect([
      'Mayor Patricia Quinn signed the order. Quinn said it was overdue. Councilman Joe Quinn, no relation, voted against it. Mayor Quinn said she respected him.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Patricia Quinn'))).toEqual(['Mayor Patricia Quinn', 'Quinn', 'Mayor Quinn']);
    expect(mentionTexts(byName(r.officials, 'Joe Quinn'))).toEqual(['Councilman Joe Quinn']);
  });

  it("reads a titled office holder's deputy as official, and a resident's as not", () => {
    const leader = detect(["Council leader Cllr Sarah O'Neill said the budget was fair. Cllr O'Neill's deputy, Tom Birch, agreed."]);
    expect(byName(leader.officials, 'Tom Birch')).toBeDefined();
    const resident = detect(["Resident Sarah O'Neill said the budget was unfair. O'Neill's deputy, Tom Birch, agreed."]);
    expect(byName(resident.officials, 'Tom Birch')).toBeUndefined();
  });
});

describe('a harbour master', () => {
  it('reads "Harbourmaster X" as a titled official, with the title in the mention', () => {
    const r = detect(['The harbour committee met. Harbourmaster Callum Ross said 26 boats were registered. Mr Ross said the pier was failing.']);
    expect(mentionTexts(byName(r.officials, 'Callum Ross'))).toEqual(['Harbourmaster Callum Ross', 'Mr Ross']);
  });

  it('reads "the harbour master, X" in two words as a public post', () => {
    const r = detect(['The harbour board met. The harbour master, Ian Kearsley, said there was a waiting list of 130 people.']);
    expect(mentionTexts(byName(r.officials, 'Ian Kearsley'))).toEqual(['Ian Kearsley']);
  });

  it('keeps "Captain" as a courtesy title in the mention, not in the name', () => {
    const r = detect([
      "The harbour board's chairman, Captain Robert Ellery, has written to the council leader. Responding to Captain Ellery's letter, the leader said he would meet the board.",
    ]);
    expect(mentionTexts(byName(r.officials, 'Robert Ellery'))).toEqual(['Captain Robert Ellery', 'Captain Ellery']);
  });

  it('does not make a captain an official by the title alone', () => {
    const r = detect(['Captain Sarah Vance, who skippers the lifeboat crew, said volunteers were tired.']);
    expect(r.officials).toHaveLength(0);
  });
});
