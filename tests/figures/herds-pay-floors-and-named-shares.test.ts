/**
 * Stop 53, from the dev113 pages (written for tuning by helpers who saw no code; the sentences here are
 * new): animals whose plural is the singular ("600 elk", "40 deer") are counted like cattle and sheep;
 * and, from the dev114 pages, pay after "at least" and a share of a whole a name owns.
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

describe('pay told after a floor ("at least")', () => {
  it('is a rate, even before "before"', () => {
    expect(ofKind('They asked the hotel to pay at least $20 an hour before any public money changes hands.', 'money')).toEqual([
      ['$20 an hour', 20, 'USD/hour'],
    ]);
  });
});

describe('a share of a whole owned by a name', () => {
  it('takes the whole’s noun', () => {
    expect(ofKind('She said 31 of the Wherry Centre’s 88 units were now empty.', 'count')).toEqual([
      ['31', 31, 'units'],
      ['88 units', 88, 'units'],
    ]);
  });
});
