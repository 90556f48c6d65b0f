/**
 * Stop 48, from a dev95 page (written for tuning by a helper who saw no code; the sentences here are
 * new): someone who "runs a surf school" or "the driving school" runs a business, not a state school.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

describe('a school that teaches a pastime or a skill', () => {
  const lede = 'Seaview Regional Council refused the resort on Tuesday.';
  it.each(['Kirra-Lee Dwyer, who runs a surf school at Sandy Arm, said she was gutted.', 'Kirra-Lee Dwyer, who runs the driving school, said so.'])(
    'is a business: %s',
    (sentence) => {
      const r = detect([lede, sentence]);
      expect(r.officials).toEqual([]);
      expect(r.people.map((p) => p.name)).toEqual(['Kirra-Lee Dwyer']);
    },
  );

  it('leaves a state school run by its head', () => {
    expect(detect([lede, 'Jo Ray, who runs Hill Primary School, said so.']).officials.map((p) => p.name)).toEqual(['Jo Ray']);
  });
});
