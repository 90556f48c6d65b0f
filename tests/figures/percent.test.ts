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
  ])('%s', (sentence, text, value, unit) => {
    expect(ofKind(sentence, 'percent')).toEqual([[text, value, unit]]);
  });

  it.each(['A perception problem.', 'He scored 6 points.', 'Percentages are hard.', 'The 100 percenters.'])(
    'no percent in: %s',
    (sentence) => {
      expect(ofKind(sentence, 'percent')).toEqual([]);
    },
  );
});
