/**
 * Stop 41, from the dev69 tuning pages (the sentences here are new): the trust that runs academies
 * is a public body, so its chief executive is an official; a head who "led the school from 2019,
 * left at the end of the autumn term" holds the post no longer.
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

  it('keeps a chair who left the meeting an official', () => {
    const r = detect(['The county council voted 40-21 for the plan. Cllr Ben Ashe, who chaired the debate, left the chamber before the vote.']);
    expect(officials(r)).toContain('Ben Ashe');
  });
});
