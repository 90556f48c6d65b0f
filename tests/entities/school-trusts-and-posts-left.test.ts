/**
 * Stop 41, from the dev69 tuning pages (the sentences here are new): the trust that runs academies
 * is a public body, so its chief executive is an official; a head who "led the school from 2019,
 * left at the end of the autumn term", or an alderman who "represented the ward for 24 years
 * before X unseated him", holds the post no longer; a union's business representative is the union's.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const people = (r: ReturnType<typeof detect>) => r.people.map((p) => p.name);

describe('a trust that runs state schools', () => {
  it("makes its chief executive an official, as a council's is", () => {
    const r = detect([
      'The Department for Education will move Brookhill Primary to a new sponsor after Ofsted rated it inadequate.',
      'Corran Learning Trust runs seven schools in the borough. Its chief executive, Dr Ana Pell, said the council had been told in March.',
    ]);
    expect(officials(r)).toContain('Ana Pell');
  });

  it('keeps a charitable trust’s chief executive a private person', () => {
    const r = detect([
      'The borough council has cut its grant to the Westmere Heritage Trust. The council approved the cut 30-12.',
      'The Westmere Heritage Trust runs the town museum. Its chief executive, Lucy Orme, said the cut would close the museum on Mondays.',
    ]);
    expect(people(r)).toContain('Lucy Orme');
  });
});

describe('a post left, told after the duty', () => {
  it('reads ", left at the end of the summer term" as the post ended', () => {
    const r = detect(['The academy has had three heads since 2022. Mara Quinn, who led the school from 2019, left at the end of the summer term.']);
    expect(people(r)).toContain('Mara Quinn');
  });

  it('reads a stretch of years told in the simple past, or an unseating, as the post ended', () => {
    const years = detect(['The council voted 11-4 for the rezoning. Walt Brody, who represented the 9th Ward for 24 years, opposed it.']);
    expect(people(years)).toContain('Walt Brody');
    const unseated = detect(['The council voted 11-4 for the rezoning. Walt Brody, who represented the ward before Rosa Kaye unseated him, opposed it.']);
    expect(people(unseated)).toContain('Walt Brody');
    const serving = detect(['The council voted 11-4 for the rezoning. Ald. Rosa Kaye, who has represented the ward for six years, opposed it.']);
    expect(officials(serving)).toContain('Rosa Kaye');
  });

  it('reads a former post written before the name, with acts told of the time it was held, as past', () => {
    const fined = detect([
      'The county ethics board on Tuesday fined former county commissioner Dale Hutt $7,500 after finding that he voted on paving contracts without disclosing his interest.',
      'The firm won three resurfacing contracts. Hutt voted to award each of them, the report found.',
      'The board voted 4-1. Hutt said he would appeal.',
    ]);
    expect(people(fined)).toContain('Dale Hutt');
    // Told after the name, a former post leaves today's votes to decide.
    const sitting = detect([
      'The elections board voted 2-2 on certification. Its two Republicans, Dale Hupp and Mara Vance, voted no.',
      'Hupp, 71, a former township trustee who has sat on the board since 2013, said he wanted more time.',
    ]);
    expect(officials(sitting)).toContain('Dale Hupp');
  });

  it('keeps a chair who left the meeting an official', () => {
    const r = detect(['The county council voted 40-21 for the plan. Cllr Ben Ashe, who chaired the debate, left the chamber before the vote.']);
    expect(officials(r)).toContain('Ben Ashe');
  });
});

describe("a union's business representative", () => {
  it('is the union’s person, though the union is called a council', () => {
    const r = detect([
      'The city council voted 11-4 for the tower. Luis Ortiz, a business representative for the Tri-Lakes Regional Council of Carpenters, said it would bring 450 jobs.',
    ]);
    expect(people(r)).toContain('Luis Ortiz');
  });
});
