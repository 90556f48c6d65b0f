/**
 * From probes written in stop 30: a party's members hold no public post, a duty told in the past beside
 * the sentence saying the person stood down is no office now, and a full name whose
 * surname is also a place word ("Green", "Wood") is a person when a calling describes it.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe("a party's members", () => {
  it('reads "a Labour Party member" and "a member of the Green Party" as people', () => {
    const r = detect([
      'Cllr Helen Marsh has left the Conservative group on Wexley Borough Council to sit as an independent.',
      'Dennis Wragg, a Labour Party member for 30 years, said he backed her.',
      'Nadia Sharif, a member of the Green Party, said the council had lost its way.',
      'Leon Marsh, a party member since 2010, disagreed.',
    ]);
    for (const name of ['Dennis Wragg', 'Nadia Sharif', 'Leon Marsh']) {
      expect(byName(r.officials, name)).toBeUndefined();
      expect(byName(r.people, name)).toBeDefined();
    }
    expect(byName(r.officials, 'Helen Marsh')).toBeDefined();
  });

  it('still reads a member of the council as an official', () => {
    const r = detect(['The cabinet met on Monday. Omar Diallo, a member of the cabinet, presented the report.']);
    expect(byName(r.officials, 'Omar Diallo')).toBeDefined();
  });
});

describe('a name whose surname is a place word', () => {
  it('is a person when a calling describes it, and a place when a place noun does', () => {
    const r = detect([
      'The council met on Monday to discuss the closure.',
      'Sarah Green, a nurse, said the clinic was vital. Peter Wood, a retired lorry driver, agreed.',
      'Abbey Wood, a local nature reserve, would lose its car park.',
    ]);
    expect(byName(r.people, 'Sarah Green')).toBeDefined();
    expect(byName(r.people, 'Peter Wood')).toBeDefined();
    expect(byName(r.people, 'Abbey Wood')).toBeUndefined();
  });
});

describe('a past duty beside its end', () => {
  it('reads a member who "had represented the ward" and then stood down as a person', () => {
    const r = detect([
      'A by-election will be held in Kingsmead ward on March 5 after the resignation of Brian Coles.',
      'Mr Coles, who had represented the ward since 2015, stood down in January for health reasons.',
      'Cllr Ann Lee, who represents the neighbouring ward, said he would be missed.',
    ]);
    expect(byName(r.officials, 'Brian Coles')).toBeUndefined();
    expect(byName(r.people, 'Brian Coles')).toBeDefined();
    expect(byName(r.officials, 'Ann Lee')).toBeDefined();
  });
});
