/**
 * Stop 48 (the sentences are new): a party's label straight before a given name and surname
 * ("Conservative Tom Bell", "Labour's Ann Lee") is evidence enough that the name is a person's, as a
 * speech verb or a calling is. A by-election's losing candidates are often named once, this way.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const people = (r: ReturnType<typeof detect>) => [...r.officials, ...r.people].map((p) => p.name);

describe('a party label before a name', () => {
  it.each([
    ['Sarah Jones beat Conservative Tom Bell by 312 votes.', 'Tom Bell'],
    ['The seat had been held by the Liberal Democrats before Labour’s Ann Kerrigan won it in 2022.', 'Ann Kerrigan'],
    ['Green Priya Natt came third.', 'Priya Natt'],
  ])('%s', (sentence, name) => {
    expect(people(detect(['Labour held the Moorside ward in Thursday’s by-election.', sentence]))).toContain(name);
  });

  it('needs a given name after it', () => {
    expect(people(detect(['The group walked from Green Lane Park to the town hall.']))).toEqual([]);
  });
});
