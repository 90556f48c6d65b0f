/**
 * A pair of names joined by "and", legislators' plural titles ("MPs"), a list's count left out of
 * each member's role, "Sup." for a county supervisor, "fellow member" in a public body's story, and
 * "MS" (a Member of the Senedd) written before the name.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('pairs and plural legislators', () => {
  it('keeps the first of a pair when the second is someone', () => {
    const r = detect(['Sarah Cole and James Hunt wrote to the minister.']);
    expect(byName(r.people, 'Sarah Cole')).toBeDefined();
  });

  it('gives "MPs" before a list to every name in it, without the count', () => {
    const set = detect(["The borough's two MPs, Sarah Cole and James Hunt, wrote to the minister."]);
    expect(byName(set.officials, 'Sarah Cole')?.role).toBe('MP');
    expect(byName(set.officials, 'James Hunt')?.role).toBe('MP');
    const bare = detect(['Local MPs Sarah Cole and James Hunt wrote to the minister.']);
    expect(mentionTexts(byName(bare.officials, 'Sarah Cole'))).toEqual(['Sarah Cole']);
  });

  it('reads "Sup." as a county supervisor', () => {
    const r = detect(['The county board met Tuesday. Sup. Ana Ruiz said the fuel break was overdue.']);
    expect(mentionTexts(byName(r.officials, 'Ana Ruiz'))).toEqual(['Sup. Ana Ruiz']);
  });

  it('reads "fellow member" in a public body\'s story as a member of it', () => {
    const r = detect([
      'The Marlow Board of Education met Monday. The board voted 5-2 to cut the budget.',
      'Board of Education member Rosa Diaz said the district could not cut more. Diaz was joined by fellow member Ken Ito.',
    ]);
    expect(byName(r.officials, 'Ken Ito')).toBeDefined();
  });
});

describe('a Member of the Senedd before the name', () => {
  it('reads "MS" in capitals as the post, and "Ms" as a courtesy title', () => {
    const ms = detect(['The council met on Monday. Local MS Llyr Davies said the plan was rushed.']);
    expect(mentionTexts(byName(ms.officials, 'Llyr Davies'))).toEqual(['Llyr Davies']);
    const courtesy = detect(['The council met on Monday. Ms Llyr Davies said the plan was rushed.']);
    expect(byName(courtesy.officials, 'Llyr Davies')).toBeUndefined();
  });
});
