/**
 * From the dev48 pages (a school board election's results): a winner told as leading the field or
 * taking "the last seat" is elected, while a candidate who only finished behind them is not; one who
 * "took 1,186 votes to win" is elected, and a finishing place wins when the race has seats enough for it.
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

  it('reads "took N votes to win" as a win', () => {
    const r = detect([
      "Labour held the Kirkbrae ward on Ostley Borough Council in Thursday's by-election, on a turnout of 24%.",
      'Hannah Oduya, a 41-year-old school librarian, took 902 votes to win by a margin of 77 votes. Colin Marr polled 825 votes.',
    ]);
    expect(byName(r.officials, 'Hannah Oduya')).toBeDefined();
    expect(byName(r.officials, 'Colin Marr')).toBeUndefined();
  });

  it('reads a finishing place as a win only within the seats the race fills', () => {
    const threeSeats = detect([
      "Nine candidates ran for three seats on the Pinecrest school board in Tuesday's election, and turnout was 18%.",
      'Marcus Lindqvist, a retired engineer, finished second with 6,210 votes. Adele Romero finished fourth with 4,877 votes.',
    ]);
    expect(byName(threeSeats.officials, 'Marcus Lindqvist')).toBeDefined();
    expect(byName(threeSeats.officials, 'Adele Romero')).toBeUndefined();
    const oneSeat = detect([
      'Four candidates ran in the special election for the Ward 3 seat on the Pinecrest city council, and turnout was 12%.',
      'Marcus Lindqvist, a retired engineer, finished second with 1,210 votes.',
    ]);
    expect(byName(oneSeat.officials, 'Marcus Lindqvist')).toBeUndefined();
  });
});
