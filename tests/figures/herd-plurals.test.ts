/**
 * Stop 53, from the dev113 pages (written for tuning by helpers who saw no code; the sentences here are
 * new): animals whose plural is the singular ("600 elk", "40 deer") are counted like cattle and sheep.
 */
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers';

describe('a plural that is its own singular', () => {
  it('is counted', () => {
    expect(ofKind('The ridge is winter range for about 600 elk and 40 deer.', 'count')).toEqual([
      ['600 elk', 600, 'elk'],
      ['40 deer', 40, 'deer'],
    ]);
    expect(ofKind('A herd of 120 bison and two moose crossed the road.', 'count')).toEqual([
      ['120 bison', 120, 'bison'],
      ['two moose', 2, 'moose'],
    ]);
  });
});
