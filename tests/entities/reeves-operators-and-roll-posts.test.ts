/**
 * Stop 51, from the dev108 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a vote roll with a member's lower-case post inside it ("Mistry, vice-chair X, Y") or set off
 * after the body's post ("and the township's other appointee, X, along with Y"); an Ontario reeve as an
 * office and "the reeve of <place>" as a place; "Stoke Harbour Mayor X"; a cue-less pair who "spoke";
 * the Comhairle, services and operators the state runs ("the Wildfire Service", "CalMac", "HIAL"); a campaign
 * group's spokeswoman named after "whose"; and an MPP whose riding shares a word with a firm's place.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const lede = 'The Tamarind Valley Conservation Authority board refused the quarry permit on Thursday. The authority said the wetland came first.';
const run = (...sentences: string[]) => detect([lede, ...sentences]);
const isOfficial = (r: ReturnType<typeof run>, name: string) => !!byName(r.officials, name);

describe('vote rolls', () => {
  it('keeps a roll whole past a member written with a lower-case post', () => {
    const r = run('Voting to refuse the permit were Ivy Dunn, vice-chair Ana Pike, Bo Lee and Raj Patel.');
    for (const name of ['Ivy Dunn', 'Ana Pike', 'Bo Lee', 'Raj Patel']) expect(isOfficial(r, name), name).toBe(true);
  });

  it("reads on past a member set off after the body's post", () => {
    const r = run("Opposed were Reeve Tom Hale and the township's other appointee, Ana Pike, along with Bo Lee and Raj Patel.");
    for (const name of ['Ana Pike', 'Bo Lee', 'Raj Patel']) expect(isOfficial(r, name), name).toBe(true);
  });
});

describe('reeves and places', () => {
  it('makes "the reeve of" a place an office, and the place no person', () => {
    const r = run('Ana Pike, the reeve of Brookfield Mills, handed over the chain of office.');
    expect(byName(r.officials, 'Ana Pike')?.role).toBe('reeve of Brookfield Mills');
    expect(byName(r.people, 'Brookfield Mills')).toBeUndefined();
  });

  it("keeps a place's last word out of the title of its mayor", () => {
    const r = run('Dufresne defeated Stoke Harbour Mayor Ana Pike on the third ballot.');
    expect(byName(r.officials, 'Ana Pike')?.mentions.map((m) => m.text)).toEqual(['Mayor Ana Pike']);
  });

  it('keeps Reeve and Reeves as surnames', () => {
    const r = run('Trustee Tom Reeves said so. Reeves added more.', 'Ann Reeve, a councillor, agreed. Reeve said it was right.');
    expect(byName(r.officials, 'Tom Reeves')?.mentions).toHaveLength(2);
    expect(byName(r.officials, 'Ann Reeve')?.mentions).toHaveLength(2);
  });
});

describe('people who speak', () => {
  it('finds a pair with no title who "also spoke"', () => {
    const r = run('Bo Lee and Ana Pike also spoke in favour.');
    expect(byName([...r.officials, ...r.people], 'Ana Pike')).toBeDefined();
  });
});

describe('public bodies', () => {
  it.each([
    "The Comhairle's head of transportation, Ana Pike, told members the notice was short.",
    'In a letter, HIAL Managing Director Ana Pike said the roster would save money.',
    'Ana Pike, a spokeswoman for the Wildfire Service, said the season had been bad.',
    "CalMac's director of operations, Ana Pike, said the sailing could not run.",
  ])('%s', (sentence) => {
    expect(isOfficial(run(sentence), 'Ana Pike')).toBe(true);
  });

  it('reads a spokeswoman named after "whose" as the group\'s', () => {
    const r = run('The Save Kessock Fen group, whose spokeswoman Ana Pike gathered a petition, welcomed the vote.');
    expect(byName(r.people, 'Ana Pike')).toBeDefined();
  });

  it("keeps an MPP official where the article calls a firm in the riding's town the company", () => {
    const r = detect([
      'The authority refused a permit that would have let Dunlin Aggregates dig at its quarry in Dunmore Township, a decision the company will fight.',
      'Silverthread–Dunmore MPP Ana Pike, whose riding includes both townships, said the authority had done its job.',
    ]);
    expect(isOfficial(r, 'Ana Pike')).toBe(true);
  });
});
