/**
 * Two shapes from a Maryland county council and an English district's round-up (dev72): people a
 * council "voted 5-2 to confirm" to a board hold its seats now, whatever careers the story tells
 * of them, and "Mr Rowe's deputy, Sarah Kemp, has been acting chief executive" gives the name set
 * off between commas the sentence's predicate.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('appointees confirmed by a vote', () => {
  const r = detect([
    "The Harford County Council on Tuesday confirmed four nominees to the county's Police Accountability Board.",
    'The council voted 5-2 to confirm Ana Whitley, Luis Cano, Dr. Nia Fields and Jamal Pratt, who were sworn in after the meeting.',
    'Whitley is a retired public defender. Cano owns a landscaping business. Pratt, 29, is a graduate student.',
  ]);

  it('makes every name the vote confirmed an official, past "Dr." inside the list', () => {
    expect(r.officials.map((o) => o.name).sort()).toEqual(['Ana Whitley', 'Jamal Pratt', 'Luis Cano', 'Nia Fields']);
  });

  it('does not read a confirmation that is no vote as an appointment', () => {
    const p = detect([
      'The county council met on Tuesday to discuss the budget.',
      'A spokesman confirmed Tom Reyes, a local builder, had withdrawn his application.',
    ]);
    expect(byName(p.officials, 'Tom Reyes')).toBeUndefined();
  });
});

describe('a name set off between commas before a predicate', () => {
  const text = (after: string): string[] => [
    'Sedge Vale District Council agreed its budget on Tuesday. The council leader, Cllr Ann Fox, said the district council would freeze its share of council tax.',
    `The council has appointed a new chief executive. She replaces Keith Rowe, who retired in the summer after 11 years in the job. ${after}`,
  ];

  it("reads the predicate as the named person's post", () => {
    const r = detect(text("Mr Rowe's deputy, Sara Kemp, has been acting chief executive since then."));
    expect(byName(r.officials, 'Sara Kemp')?.role).toBe('acting chief executive');
  });

  it('reads nothing from a verb that is no predicate of theirs', () => {
    const r = detect(text("Mr Rowe's friend, Sara Kemp, said he had earned his rest."));
    expect(byName(r.officials, 'Sara Kemp')).toBeUndefined();
  });
});
