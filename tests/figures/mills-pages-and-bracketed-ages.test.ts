/**
 * Stop 36, from the dev52 pages (written for tuning) and sentences of my own: a levy's mills and a
 * report's pages counted through a hyphen, a child "aged three", an age inside a bracketed aside,
 * a year opening "in 2019 and 24%" that is no percentage range, "N Xs and M Ys" as two counts, and
 * "on one occasion" after a count as no part of it; from dev53, a motion "lost 4-7" as a vote.
 */
import { describe, expect, it } from 'vitest';
import { ofKind, tuples } from './helpers';

describe('counts through a hyphen', () => {
  it.each([
    ['Trustees put a 3-mill levy on the ballot.', '3-mill', 3, 'mills'],
    ['Trustees put a 1.25-mill, four-year levy on the ballot.', '1.25-mill', 1.25, 'mills'],
    ['Councillors had the 84-page report for a week.', '84-page', 84, 'pages'],
  ])('%s', (sentence, text, value, unit) => {
    expect(ofKind(sentence, 'count')).toEqual([[text, value, unit]]);
  });
});

describe('ages', () => {
  it('reads a child’s age in words after "aged"', () => {
    expect(ofKind('Their son Ollie, aged three, has a chest infection.', 'age')).toEqual([['aged three', 3, 'year']]);
  });

  it('is no one age for a range of ages in words', () => {
    expect(ofKind('Children aged five to seven will move school.', 'age')).toEqual([]);
  });

  it('closes a bracketed aside that holds a name and an age', () => {
    expect(ofKind('The parish chairman (Dennis Pike, 72) said villagers were angry.', 'age')).toEqual([['72', 72, 'year']]);
  });

  it('is no age for a number in brackets after a label', () => {
    expect(ofKind('The route (Item 72) was cut.', 'age')).toEqual([]);
  });
});

describe('percentages', () => {
  it('is no range from a year to a percentage', () => {
    expect(tuples('Pensions took 14% of the budget in 2019 and 24% this year.')).toEqual([
      ['14%', 'percent', 14, '%'],
      ['2019', 'year', 2019, null],
      ['24%', 'percent', 24, '%'],
    ]);
  });

  it('is no vote tally from a year to a percentage', () => {
    expect(ofKind('The party’s share fell from 47% in 2022 to 29% after the vote.', 'vote')).toEqual([]);
  });
});

describe('two counts joined by "and"', () => {
  it('is not read as one count, even when the first noun is a name that counts nothing here', () => {
    expect(ofKind('On my road there are two Airbnbs and six neighbours.', 'count')).toEqual([['six neighbours', 6, 'neighbours']]);
  });
});

describe('a lone "one"', () => {
  it('before a noun of its own borrows no unit from the count before it', () => {
    expect(ofKind('He sent her 150 texts, most of them at night, and on one occasion shouted at her.', 'count')).toEqual([['150 texts', 150, 'texts']]);
  });
});

describe('votes', () => {
  it('are tallies a motion was lost by', () => {
    expect(ofKind('An amendment for a smaller rise was lost 4-7.', 'vote')).toEqual([['4-7', '4-7', 'votes']]);
  });
});
