/**
 * Rules from the dev18 pages: a year that describes a noun ("below 2019 levels"), a share of things
 * described by an adjective ("four of the busiest routes"), and "a hundred" / "a thousand".
 */
import { describe, expect, it } from 'vitest';
import { ofKind, tuples } from './helpers';

describe('years before the nouns they describe, shares and round numbers', () => {
  it('reads a year-like number before a word a year describes as the year', () => {
    expect(tuples('Bus use is still below 2019 levels, and costs are quoted at 2024 prices.')).toEqual([
      ['2019', 'year', 2019, null],
      ['2024', 'year', 2024, null],
    ]);
    // Not before a counted noun, nor after a word that makes it a count.
    expect(ofKind('The estate will have 2000 homes.', 'count')).toEqual([['2000 homes', 2000, 'homes']]);
  });

  it('counts a share of things an adjective describes by their noun', () => {
    expect(ofKind('Bus use is down on four of the busiest routes, and on two of the other lines.', 'count')).toEqual([
      ['four', 4, 'routes'],
      ['two', 2, 'lines'],
    ]);
  });

  it('reads “a hundred” and “a thousand” as numbers', () => {
    expect(tuples('A thousand homes by 2030 is the aim; about a hundred people came, and it cost a thousand pounds.')).toEqual([
      ['A thousand homes', 'count', 1000, 'homes'],
      ['2030', 'year', 2030, null],
      ['a hundred people', 'count', 100, 'people'],
      ['a thousand pounds', 'money', 1000, 'GBP'],
    ]);
  });
});

describe('frequencies, hyphenated vehicles and long descriptions of what is counted', () => {
  it('counts how often, and not a multiplier', () => {
    expect(ofKind('A boat will run four times a day; rents rose three times the rate of inflation.', 'count')).toEqual([['four times', 4, 'times']]);
  });

  it('counts how often within a period ("five times this summer"), and not "three times this amount"', () => {
    expect(ofKind('Visits were canceled five times this summer; the bill is three times this amount.', 'count')).toEqual([['five times', 5, 'times']]);
  });

  it('counts cars through a hyphen, and people-nouns described by up to three words', () => {
    expect(ofKind('The island relies on a 12-car ferry and will fund 60 police community support officers.', 'count')).toEqual([
      ['12-car', 12, 'cars'],
      ['60 police community support officers', 60, 'officers'],
    ]);
  });
});

describe('parts of a count named by a relative pronoun', () => {
  it('counts "three of which" and "four of whom" as parts of the count before', () => {
    expect(ofKind('The calls included 19 assaults, three of which left people injured; the board has 9 members, four of whom voted no.', 'count')).toEqual([
      ['19 assaults', 19, 'assaults'],
      ['three', 3, 'assaults'],
      ['9 members', 9, 'members'],
      ['four', 4, 'members'],
    ]);
  });
});
