/**
 * Stop 35, from the dev50 pages (written for tuning) and sentences of my own: a list set off as an
 * apposition before the vote it casts, a liaison in a public office, a party label before a past
 * post, an organisation's chapter, a market's or festival's staff, an investigator as a title and
 * one brought in from outside, and a library board as a public body.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);

describe('a list set off as an apposition', () => {
  it('casts the vote after it closes, with a comma or a dash', () => {
    const r = detect([
      'The canvassing board split 2-2. Its two Democrats, Chair Lena Ortiz and Paul Kamara, voted to certify. Its two Republicans – Gail Brandt and Ron Tisdale – voted no.',
    ]);
    expect(officials(r)).toEqual(['Lena Ortiz', 'Paul Kamara', 'Gail Brandt', 'Ron Tisdale']);
  });

  it('is not a place named at the end of a clause', () => {
    const r = detect(['Cllr Tom Barker, who also sits for Mill Ward, seconded the amendment. Cllr Ann Lee, who represents Hollins Park, voted for it.']);
    expect(officials(r)).toEqual(['Tom Barker', 'Ann Lee']);
  });
});

describe('posts read from what is said of them', () => {
  it('makes a liaison in a public office an official', () => {
    const r = detect([
      'The county board of elections met on Thursday. Nadia Brook, a regional liaison in the secretary of state’s elections division, attended.',
    ]);
    expect(officials(r)).toEqual(['Nadia Brook']);
  });

  it('reads "a Republican and former clerk" as a past post', () => {
    const r = detect([
      'The board of elections met. The challenger, Tom Greer, a Republican and former clerk in the county auditor’s office, lost by 14 votes.',
    ]);
    expect(r.officials).toEqual([]);
  });

  it("keeps a chapter's, a market's and a festival's people private", () => {
    const r = detect([
      'The library board voted 5-2 to keep the novel. Tina Gale, who chairs the Ashby County chapter of Parents for Fair Schools, spoke first.',
      'The town council lent the market £10,000. The market’s event director, Sue Tan, said costs had risen. The festival’s director, Ray Moss, agreed.',
    ]);
    expect(r.officials).toEqual([]);
  });

  it('reads "Investigator X" as a title, and an investigator brought in from outside as nobody’s official', () => {
    const r = detect([
      'The ethics commission voted 4-1 to fine the council member. Investigator Owen Brady said neither aide had been told. The council has appointed an independent investigator, Ruth Okafor.',
    ]);
    expect(byName(r.officials, 'Owen Brady')?.mentions.map((m) => m.text)).toEqual(['Investigator Owen Brady']);
    expect(byName(r.people, 'Ruth Okafor')).toBeDefined();
  });

  it('reads a library board as a public body', () => {
    const r = detect(['The library board voted 5-2. Library Director Mia Sandoval said staff had read the book.']);
    expect(officials(r)).toEqual(['Mia Sandoval']);
  });
});
