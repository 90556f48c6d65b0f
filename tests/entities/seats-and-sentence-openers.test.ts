/**
 * Stop 35, from the pages of blind22 once they became tuned data (the sentences here are new):
 * a member's seat written after their name in a list ("Ruth Ames of Ward 3, ..."), a member known
 * by the district that holds a place ("whose District 2 includes the depot"), a present office
 * outranked by a career left behind ("a retired Navy engineer"), and a gerund opening a sentence
 * read as a given name ("Granting Okafor's request ...").
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);

describe("a member's seat written after the name", () => {
  it('keeps a list of members going', () => {
    const r = detect([
      'The council voted 4-3 on Monday. Council members Ruth Ames of Ward 3, Dev Patel of Ward 5 and Carla Nunez of Ward 7 voted against the depot.',
    ]);
    expect(officials(r)).toEqual(['Ruth Ames', 'Dev Patel', 'Carla Nunez']);
    expect(byName(r.officials, 'Carla Nunez')?.role).toBe('Council member');
  });

  it('stands between a member and the vote they cast', () => {
    const r = detect(['The council voted 4-3 on Monday to approve the depot. Leon Fairley of District 4 voted no.']);
    expect(officials(r)).toEqual(['Leon Fairley']);
  });

  it('is the seat word alone: a surname that starts with one keeps its number', () => {
    const r = detect(['Cllr Tom Wardle held the seat. The count: Ann Ames 812, Wardle 790.']);
    expect(byName(r.officials, 'Tom Wardle')?.mentions.map((m) => m.text)).toEqual(['Cllr Tom Wardle', 'Wardle']);
  });

  it('is the seat of whoever the district holds a place for', () => {
    const r = detect([
      'The council approved the depot on Monday. Hannah Osei, whose District 2 includes the site, said the lorries would use the bypass.',
      'Cllr Tom Reed said the depot was needed. Maria Lund, whose ward takes in the old quarry, spoke against it.',
    ]);
    expect(officials(r)).toEqual(['Hannah Osei', 'Tom Reed', 'Maria Lund']);
  });

  it('is not read into a resident whose street is in a district', () => {
    const r = detect(['Hannah Osei, whose house backs onto the site, said the lorries would be noisy.']);
    expect(officials(r)).toEqual([]);
  });
});

describe('a career left behind', () => {
  it('does not outrank an office the article titles someone with now', () => {
    const r = detect(['The county commission voted 3-2 on the budget. Precinct 2 Commissioner Ray Dunmore, a retired Navy engineer, voted no.']);
    expect(officials(r)).toEqual(['Ray Dunmore']);
  });

  it('still marks a rank kept as a courtesy', () => {
    const r = detect(['Capt. Hal Brewer, a retired Army officer who owns the feed store, said the road was unsafe.']);
    expect(officials(r)).toEqual([]);
  });
});

describe('a verb form opening a sentence', () => {
  it('is no given name of someone named before', () => {
    const r = detect([
      'Sheriff Dana Okafor asked for 20 new deputies. Granting Okafor’s request in full would have cost $2.1 million, the budget director said.',
    ]);
    expect(byName(r.officials, 'Dana Okafor')?.mentions.map((m) => m.text)).toEqual(['Sheriff Dana Okafor', 'Okafor']);
    expect(r.people).toEqual([]);
  });

  it('is dropped when the article writes the word in lower case too', () => {
    const r = detect(['Mayor Lena Ruiz was funding the plan. Funding Lena Ruiz’s plan was the council’s choice, she said.']);
    expect(byName(r.officials, 'Lena Ruiz')?.mentions.map((m) => m.text)).toEqual(['Mayor Lena Ruiz', 'Lena Ruiz']);
  });

  it('leaves a given name ending in -ing alone when no one else has the surname', () => {
    const r = detect(['Sterling Hobbs, a resident, said the depot would be noisy. Hobbs has lived on the lane for 30 years.']);
    expect(r.people.map((p) => p.name)).toEqual(['Sterling Hobbs']);
  });
});
