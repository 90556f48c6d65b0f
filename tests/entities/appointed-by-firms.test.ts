/**
 * Stop 33: a former council chief executive taken on "as an executive director" by a body the
 * article introduces by where it is based ("Leeds-based Civic Futures has hired ..."), in an article
 * full of councils, had been made an official: the generic post was promoted for the public article,
 * and the words after the post ("... to lead its work on public services") were read as its owner.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('a post given by a body introduced by where it is based', () => {
  it("is that body's, not a public one", () => {
    const r = detect([
      'Former Harwick County Council chief executive Dana Whitlow has taken a job with a policy institute.',
      'Leeds-based Civic Futures has hired Ms Whitlow as an executive director to lead its work on public services and council finance.',
      'Harwick County Council said its interim chief executive, Paul Ames, would stay in post until a permanent appointment is made.',
    ]);
    expect(byName(r.officials, 'Dana Whitlow')).toBeUndefined();
    expect(byName(r.people, 'Dana Whitlow')).toBeDefined();
    expect(byName(r.officials, 'Paul Ames')?.role).toBe('interim chief executive');
  });

  it('leaves a council appointing by its own name official', () => {
    const r = detect(['Harwick County Council has appointed Dana Whitlow as its executive director of place, the council said.']);
    expect(byName(r.officials, 'Dana Whitlow')).toBeDefined();
  });
});
