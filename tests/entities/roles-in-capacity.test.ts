/**
 * Stop 34: "Janet Cole, in her role as the council's armed forces champion, laid a wreath" named
 * nobody: "in her role as" did not open an apposition, and a council's "champion" (the member who
 * speaks for a cause, a common post on English councils) was no role.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('a post given "in her role as" or "in his capacity as"', () => {
  it('is read as the apposition it opens', () => {
    const r = detect([
      "Janet Cole, in her role as the council's armed forces champion, laid a wreath.",
      'Cllr Tom Hunt, in his capacity as chair of the licensing committee, refused the application.',
    ]);
    expect(byName(r.officials, 'Janet Cole')?.role).toBe('armed forces champion');
    expect(byName(r.officials, 'Tom Hunt')?.role).toBe('chair of the licensing committee');
  });

  it("is a private body's when the body is", () => {
    const r = detect(['Janet Cole, in her role as chair of the Friends of Eastfield Park, laid a wreath.']);
    expect(byName(r.people, 'Janet Cole')?.role).toBe('chair of the Friends of Eastfield Park');
  });
});
