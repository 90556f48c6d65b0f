/**
 * The one list of the words a firm's name ends in: each makes a post held there private and a
 * capitalised run ending in it an organisation, never a person. A word added to the list is covered here.
 */
import { describe, expect, it } from 'vitest';
import { FIRM_NAME_ENDS } from '../../core/entities/not-names';
import { byName, detect } from './helpers';

const capitalised = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

describe('firm name endings', () => {
  it.each([...FIRM_NAME_ENDS].map((w) => [capitalised(w)]))('"Marlow Keane %s" is a firm, and its director no official', (end) => {
    const r = detect([
      'The planning committee met at the civic centre on Tuesday evening.',
      `Ann Lee, a director of Marlow Keane ${end}, spoke for the applicant. Councillor Raj Patel moved refusal.`,
    ]);
    expect(byName(r.officials, 'Raj Patel')).toBeDefined();
    expect(byName(r.officials, 'Ann Lee')).toBeUndefined();
    expect(byName(r.people, 'Ann Lee')).toBeDefined();
    expect([...r.officials, ...r.people].map((p) => p.name)).not.toContain(`Marlow Keane ${end}`);
  });
});
