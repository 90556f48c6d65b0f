/**
 * Stop 47, from the dev91 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): "would house 3,200 hogs" as a count after the verb, not a house's number, and an age
 * after a party's bracket ("Cllr Owen Tapsell (Con), 29,").
 */
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers';

describe('"house" before a number', () => {
  it('is the verb after a modal or "to", so the number counts', () => {
    expect(ofKind('The new barns would house 2,400 hogs at a time.', 'count')).toEqual([['2,400 hogs', 2400, 'hogs']]);
    expect(ofKind('The block is big enough to house 40 families.', 'count')).toEqual([['40 families', 40, 'families']]);
  });

  it('is a label after anything else', () => {
    expect(ofKind('The fire started at house 12 families said.', 'count')).toEqual([]);
  });
});

describe('an age after a party bracket', () => {
  it('is read', () => {
    expect(ofKind('Cllr Megan Royle (Lab), 34, was elected deputy mayor.', 'age')).toEqual([['34', 34, 'year']]);
  });

  it('still needs a name before the bracket', () => {
    expect(ofKind('Wards 4 to 9 (north), 34, and 40 voted.', 'age')).toEqual([]);
  });
});
