/**
 * Rules from the dev80 pages: a county office with "Tax" in it, a past title behind a level of
 * government ("former state Rep."), a commissioner who "represents the southern end of the county",
 * an appointment "to a three-year term on" a board, and a retirement "after 31 years".
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('titles', () => {
  it('keeps "Tax" in "Tax Commissioner X"', () => {
    const r = detect(['The Oconee County Commission set the millage rate on Tuesday.', 'Tax Commissioner Brenda Hale said bills will be mailed by Sept. 15.']);
    expect(mentionTexts(byName(r.officials, 'Brenda Hale'))).toEqual(['Tax Commissioner Brenda Hale']);
  });

  it('reads "former state Rep. X" and "former county Commissioner X" as past holders', () => {
    const r = detect([
      'The school board voted 5-2 on Monday to close Pine Level Elementary.',
      'Among the speakers was former state Rep. Walt Duggan, who went to school there. Former county Commissioner Bo Hart spoke too.',
    ]);
    expect(r.officials).toEqual([]);
    expect(r.people.map((p) => p.name).sort()).toEqual(['Bo Hart', 'Walt Duggan']);
  });
});

describe('a representative of part of the county', () => {
  it('keeps the title\'s office for "X, who represents the southern end of the county,"', () => {
    const r = detect([
      'The Hatchee County Commission voted 3-2 on Tuesday to raise the millage rate.',
      'District 2 Commissioner Lonnie Birch voted against it.',
      'Birch, who represents the southern end of the county, said the county should find the money first.',
    ]);
    expect(byName(r.officials, 'Lonnie Birch')?.role).toBe('District 2 Commissioner');
  });
});

describe('appointments and retirements in a list of other business', () => {
  it('reads "Reappointed X to a three-year term on the Planning Board" as a member of it', () => {
    const r = detect([
      'The Marlow Falls City Council voted 4-1 on Monday to annex 212 acres.',
      'In other business, the council:',
      'Reappointed Helen Crane to a three-year term on the Planning Board.',
    ]);
    expect(byName(r.officials, 'Helen Crane')?.role).toBe('member of the planning board');
  });

  it('reads "Fire Capt. X, who retired this month after 31 years with the fire department" as a past holder', () => {
    const r = detect([
      'The Marlow Falls City Council voted 4-1 on Monday to annex 212 acres.',
      'Recognized Fire Capt. Doug Ramsden, who retired this month after 31 years with the Marlow Falls Fire Department.',
      'Thanked Fire Capt. Don Ramsey, who retired last week.',
    ]);
    expect(byName(r.officials, 'Doug Ramsden')).toBeUndefined();
    expect(byName(r.people, 'Doug Ramsden')).toBeDefined();
    // With no career told as ended, the story may still be about one who holds the post.
    expect(byName(r.officials, 'Don Ramsey')).toBeDefined();
  });
});
