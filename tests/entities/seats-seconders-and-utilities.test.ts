/**
 * Stop 33, from shapes of US and UK council reporting probed by hand: a lower-case "pro tem" after
 * a capitalised post, an "At-Large" seat between a lower-case title and the name, a New England
 * select board's chair, a seconder named with their role ("seconded by trustee X"), and utility
 * firms ("Wessex Water", "Country Transit") that had been read as people; and "Opposition Leader X",
 * "Shadow Chancellor Y", whose first word had been cut from the title.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const mentions = (r: ReturnType<typeof detect>, name: string) => byName(r.officials, name)?.mentions.map((m) => m.text);

describe('posts written with their Latin or their seat', () => {
  it('reads "Mayor pro tem" as the title, as "Mayor Pro Tem" is', () => {
    const r = detect(['Mayor pro tem Gloria Reyes presided over the session. Reyes said the budget would balance.']);
    expect(byName(r.officials, 'Gloria Reyes')?.role).toBe('mayor pro tem');
    expect(mentions(r, 'Gloria Reyes')).toEqual(['Mayor pro tem Gloria Reyes', 'Reyes']);
  });

  it('keeps an "At-Large" seat out of the name after a lower-case title', () => {
    const r = detect(['Council member At-Large Devon Price asked staff for options. Price said the city had waited too long.']);
    expect(mentions(r, 'Devon Price')).toEqual(['Council member At-Large Devon Price', 'Price']);
    expect(r.officials.map((o) => o.name)).not.toContain('At-Large Devon Price');
  });

  it("counts a select board's chair as an official, in one word or two", () => {
    for (const text of ['Selectboard chair Ann Pike agreed to delay the vote.', 'The delay was backed by selectboard chair Ann Pike.']) {
      expect(byName(detect([text]).officials, 'Ann Pike'), text).toBeDefined();
    }
  });
});

describe('titles that name a side of the chamber', () => {
  it('keep "Opposition" and "Shadow" in the title, as written', () => {
    const r = detect(['Opposition Leader Bill Shorten said the plan was a mess. Shadow Chancellor Rachel Reeves agreed.']);
    expect(mentions(r, 'Bill Shorten')).toEqual(['Opposition Leader Bill Shorten']);
    expect(mentions(r, 'Rachel Reeves')).toEqual(['Shadow Chancellor Rachel Reeves']);
  });
});

describe('business acts named with a role between', () => {
  it('reads "seconded by trustee X" as the seconder acting in the business', () => {
    const r = detect(['The school board voted 4-1 on Monday. Trustee Mark Welch made the motion, which was seconded by trustee Jen Ortiz.']);
    expect(byName(r.officials, 'Jen Ortiz')?.role).toBe('trustee');
  });

  it('still lets the role mark someone as not an official', () => {
    const r = detect(['The objection was seconded by resident Jen Ortiz, who lives on Mill Lane.']);
    expect(byName(r.officials, 'Jen Ortiz')).toBeUndefined();
  });
});

describe('utility firms', () => {
  it('are not people', () => {
    const r = detect(['A spokesperson for Wessex Water said the company was investigating. Country Transit said buses would run as normal.']);
    expect([...r.officials, ...r.people].map((p) => p.name)).toEqual([]);
  });
});
