import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers';

describe('percent', () => {
  it.each([
    ['Council tax will rise by 4.99% in April.', '4.99%', 4.99, '%'],
    ['A 6 percent increase.', '6 percent', 6, '%'],
    ['Bills go up 6 per cent.', '6 per cent', 6, '%'],
    ['Some 2.99 per cent is for social care.', '2.99 per cent', 2.99, '%'],
    ['Turnout was five per cent lower.', 'five per cent', 5, '%'],
    ['Rents rise 7pc this year.', '7pc', 7, '%'],
    ['Rates went up 2.5 percentage points.', '2.5 percentage points', 2.5, 'percentage-point'],
    ['Interest rose by two and a half per cent.', 'two and a half per cent', 2.5, '%'],
    ['One in four bus stops has no shelter.', 'One in four', 25, '%'],
    ['Nearly 1 in 8 homes is empty.', '1 in 8', 12.5, '%'],
    ['Two in five tenants said they struggled.', 'Two in five', 40, '%'],
    ['Seven in 10 inmates have not been convicted.', 'Seven in 10', 70, '%'],
  ])('%s', (sentence, text, value, unit) => {
    expect(ofKind(sentence, 'percent')).toEqual([[text, value, unit]]);
  });

  it.each([
    ['Overruns of 20 to 25 per cent are common.', [20, 25]],
    ['Between 3 and 4% of homes are empty.', [3, 4]],
    ['Rents rose 6–8% a year.', [6, 8]],
    ['Rates would rise 2.5%-3% next year.', [2.5, 3]],
    ['Rates fell from 2019 to 2020 by 5%.', [5]],
  ])('both ends of a range: %s', (sentence, values) => {
    expect(ofKind(sentence, 'percent').map((p) => p[1])).toEqual(values);
  });

  it.each([
    'A perception problem.',
    'He scored 6 points.',
    'Percentages are hard.',
    'The 100 percenters.',
    'He came first in 2019.',
    'One in 2020 was enough.',
    'She won five in a row.',
  ])('no percent in: %s', (sentence) => {
    expect(ofKind(sentence, 'percent')).toEqual([]);
  });
});

describe('a change by a fraction (stop 34)', () => {
  it.each([
    ['Bookings had fallen by a quarter since the storms.', 'a quarter', 25],
    ['The village would grow by a quarter.', 'a quarter', 25],
    ['The grant was cut by two-thirds.', 'two-thirds', 66.7],
    ['Turnout was down by a third on 2021.', 'a third', 33.3],
    ['The grant rose by a fifth, to £1.2m.', 'a fifth', 20],
    ['Waiting lists have been reduced by half.', 'half', 50],
  ])('%s', (sentence, text, value) => {
    expect(ofKind(sentence, 'percent')).toEqual([[text, value, '%']]);
  });

  it.each([
    'A third of the budget goes on care.',
    'It cost a quarter of a million pounds.',
    'The first half of the year was quiet.',
    'After a third offence, parents will be called.',
    'Half the members were absent.',
  ])('is not a part of something: %s', (sentence) => {
    expect(ofKind(sentence, 'percent')).toEqual([]);
  });
});
