/**
 * Stop 36, from the dev52 pages (written for tuning) and sentences of my own: a plural
 * "appointees" before a list, a job done "for the authority" as a public body's staff, US
 * legislators listed after "Sens." and "Dels.", a village's own posts, and a spokesperson for a
 * named firm, and people listed beside someone already accepted.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const people = (r: ReturnType<typeof detect>) => r.people.map((p) => p.name);
const board = 'The transit authority’s board voted 6-3 on Thursday to cut routes, and the county council must now agree.';

describe('a plural appointees before a list', () => {
  it('reaches every name of the list', () => {
    const r = detect([board, 'Voting yes were Harlow County appointees Nell Brandt, Iris Okoye and Tom Verity.']);
    expect(officials(r)).toEqual(['Nell Brandt', 'Iris Okoye', 'Tom Verity']);
    expect(byName(r.officials, 'Tom Verity')?.role).toMatch(/County appointee$/);
  });
});

describe("a public body's staff named by their job", () => {
  it.each([
    ['Ada Quist, a bus driver for the authority for 11 years, said drivers would bear the anger.'],
    ['Ada Quist, a mechanic at the county, said the depot was short of parts.'],
  ])('%s', (sentence) => {
    expect(officials(detect([board, sentence]))).toEqual(['Ada Quist']);
  });

  it('is not someone hired from outside or speaking for the staff', () => {
    const r = detect([
      board,
      'Ada Quist, a consultant for the authority, said the routes lost money.',
      'Ben Oyelaran, a union steward at the county, said drivers were angry.',
    ]);
    expect(officials(r)).toEqual([]);
    expect(people(r)).toEqual(['Ada Quist', 'Ben Oyelaran']);
  });
});

describe('US legislators after a plural abbreviation', () => {
  it('titles each name of the list with the office', () => {
    const r = detect([
      'The county delegation voted 5-2 on Tuesday to back the landfill bill.',
      'Voting for it were Sens. Ruth Amari and Dale Kowal and Dels. Omar Fenn and Lucy Hart. Sen. Joe Prado voted against.',
    ]);
    expect(officials(r)).toEqual(['Ruth Amari', 'Dale Kowal', 'Omar Fenn', 'Lucy Hart', 'Joe Prado']);
    expect(byName(r.officials, 'Dale Kowal')?.role).toBe('senator');
    expect(byName(r.officials, 'Lucy Hart')?.role).toBe('delegate');
    expect(r.officials.some((p) => p.name === 'Sens' || p.name === 'Dels')).toBe(false);
  });
});

describe("a village's posts", () => {
  it('are public in a story about the village board', () => {
    const r = detect([
      'The village board voted 5-2 to close the police department, and the county sheriff will take over.',
      'Village attorney Gwen Aldous said pensions were safe.',
    ]);
    expect(officials(r)).toEqual(['Gwen Aldous']);
  });

  it("leave a village hall's committee to its volunteers", () => {
    const r = detect([
      'The fire authority voted 9-4 to close Brindle station, and the county council objected.',
      'Vera Stott, chair of Brindle Village Hall committee, said the village would fight.',
    ]);
    expect(people(r)).toEqual(['Vera Stott']);
  });
});

describe('a spokesperson for a named firm', () => {
  it('speaks for the firm, not the council', () => {
    const r = detect([
      'The city council voted 5-2 on Tuesday to cap short-term lets, and the county council agreed.',
      'Mia Sorrel, a spokesperson for Lettsby, said the firm was disappointed.',
    ]);
    expect(people(r)).toEqual(['Mia Sorrel']);
  });

  it('may speak for a public agency known by its initials', () => {
    const r = detect([
      'The city council voted 5-2 on Tuesday to cap short-term lets, and the county council agreed.',
      'Mia Sorrel, a spokesperson for the DEP, said the permit stood.',
    ]);
    expect(officials(r)).toEqual(['Mia Sorrel']);
  });
});

describe('names listed beside someone accepted', () => {
  it('are people when they open with a common given name', () => {
    const r = detect(['The board voted 7-3 on Monday.', 'Greg Tallis said he backed the plan. Greg Tallis, Kevin Rourke and Omar Ashdown signed the letter.']);
    expect(people(r)).toEqual(['Greg Tallis', 'Kevin Rourke', 'Omar Ashdown']);
  });

  it('leave a place or a school in the list alone', () => {
    const r = detect(['The council voted on Monday.', 'Cllr Ann Lowe, who represents Marbury East, and Cllr Raj Mehta spoke against.']);
    expect(officials(r)).toEqual(['Ann Lowe', 'Raj Mehta']);
    expect(people(r)).toEqual([]);
  });
});
