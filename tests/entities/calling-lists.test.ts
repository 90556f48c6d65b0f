/**
 * Stop 34: "Residents Paul Dean and Marie Cole spoke against it" named nobody: a calling in the
 * plural was no calling, and the list's later names had nothing of their own. Every name in such
 * a list is a person, and none is an official.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const names = (r: ReturnType<typeof detect>) => ({ people: r.people.map((p) => p.name), officials: r.officials.map((p) => p.name) });

describe('a plural calling before a list of names', () => {
  it('makes each of them a person', () => {
    expect(names(detect(['Residents Paul Dean and Marie Cole spoke against the scheme.']))).toEqual({ people: ['Paul Dean', 'Marie Cole'], officials: [] });
    expect(names(detect(['Speaking against were local residents Paul Dean, Marie Cole and Ian Firth.']))).toEqual({
      people: ['Paul Dean', 'Marie Cole', 'Ian Firth'],
      officials: [],
    });
    expect(byName(detect(['Campaigners Ruth Green and Ann Fisher handed in a petition.']).people, 'Ruth Green')).toBeDefined();
  });

  it('stops at the end of the list', () => {
    const r = detect(['Residents Paul Dean and Marie Cole were there. Hollin Aggregates and Brook Marsh were not.']);
    expect(names(r).people).toEqual(['Paul Dean', 'Marie Cole']);
  });
});
