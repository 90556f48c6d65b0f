/**
 * Shapes from a Texas school district, a Scottish council, a Pennsylvania code case, a Minnesota
 * school board and a wind farm hearing (dev74): "Athletic Director" and "Code Enforcement Director"
 * are written-out titles, "Bailies A and B" a plural title, a roll after "joined X" in "voting yes" or
 * after "voted 4-3 on Feb. 23 to ..., with" names members, and "Norvik Renewables" is a firm.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('titles and rolls', () => {
  const r = detect([
    'The Ellory school board of trustees voted 7-0 on Monday to call a bond election.',
    'Athletic Director Curt Boone told trustees the stadium bleachers were failing. Code Enforcement Director Sam Oka agreed.',
    'Pham and Tate joined Ruiz, Olive Grant, Mark Bello and Steve Roe in voting yes.',
    'The board voted 4-3 on Feb. 23 to approve the offer, with Rick Sale, Nadia Ferro and Tom Welles voting no.',
    'Bailies Ian Renney and Tom Gill backed the budget.',
  ]);

  it('keeps a written-out school or code title whole', () => {
    expect(mentionTexts(byName(r.officials, 'Curt Boone'))).toEqual(['Athletic Director Curt Boone']);
    expect(mentionTexts(byName(r.officials, 'Sam Oka'))).toEqual(['Code Enforcement Director Sam Oka']);
  });

  it('reads both rolls', () => {
    for (const name of ['Olive Grant', 'Mark Bello', 'Steve Roe', 'Rick Sale', 'Nadia Ferro', 'Tom Welles']) expect(byName(r.officials, name)).toBeDefined();
  });

  it('gives each bailie of a plural title the singular post', () => {
    expect(byName(r.officials, 'Ian Renney')?.role).toBe('bailie');
  });
});

describe('a renewables developer', () => {
  it('is a firm, neither its manager an official nor its name a person', () => {
    const r = detect([
      'The planning committee voted 6-3 on Tuesday to refuse the wind farm.',
      'Ross Lamb, project manager for Norvik Renewables, told the committee the company had cut three turbines.',
    ]);
    expect(byName(r.officials, 'Ross Lamb')).toBeUndefined();
    expect(r.people.map((p) => p.name)).toEqual(['Ross Lamb']);
  });
});
