import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/core/figures';
import { articleFromText } from '@/core/article';

const figures = (text: string) => detectFigures(articleFromText(text)).map((f) => [f.text, f.kind, f.value]);

describe('a speaker’s own age and years before 1900', () => {
  it('reads "I’m 63" at the end of a clause as an age, not "I’m 5 minutes away"', () => {
    expect(figures('"I’m 63 and I’ll keep going," he said. "I’m 40."')).toEqual([
      ['63', 'age', 63],
      ['40', 'age', 40],
    ]);
    expect(figures('I’m 5 minutes away.')).toEqual([['5 minutes', 'duration', 5]]);
    expect(figures('"My neighbour is 88. She is 12 points ahead."')).toEqual([
      ['88', 'age', 88],
      ['12 points', 'count', 12],
    ]);
  });

  it('reads a year before 1900 only after a dating word', () => {
    expect(figures('The hall, which dates from 1882, was built in 1790.')).toEqual([
      ['1882', 'year', 1882],
      ['1790', 'year', 1790],
    ]);
    expect(figures('There were 1800 people and 1750 homes.')).toEqual([
      ['1800 people', 'count', 1800],
      ['1750 homes', 'count', 1750],
    ]);
    expect(figures('Reference 1882 was lost.')).toEqual([]);
  });
});
