/**
 * From the dev48 pages (a school board election's results): a winner told as leading the field or
 * taking "the last seat" is elected, while a candidate who only finished behind them is not.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('winners in an election story', () => {
  it('reads "led a field" and "took the last seat" as wins', () => {
    const r = detect([
      'Voters in the Saguaro Valley school district elected three board members Tuesday, according to unofficial results; turnout was 31%.',
      'Gloria Estrada led a field of seven candidates for three seats with 14,882 votes. Priya Venkataraman, a pediatric nurse, took the last seat with 12,967 votes.',
      'Jolene Sparks, a realtor, received 9,876 votes. The county elections department will certify the count on Nov. 20.',
    ]);
    expect(byName(r.officials, 'Gloria Estrada')).toBeDefined();
    expect(byName(r.officials, 'Priya Venkataraman')).toBeDefined();
    expect(byName(r.officials, 'Jolene Sparks')).toBeUndefined();
  });
});
