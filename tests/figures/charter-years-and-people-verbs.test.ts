/**
 * Stop 51, from the dev109 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a year of the sixteenth or seventeenth century after a dating word ("the charter granted in
 * 1586"), and a count of people followed by its verb ("a county of 31,000 people deserves ...").
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/core/figures';
import { articleFromText } from '@/core/article';

const figures = (text: string) => detectFigures(articleFromText(text)).map((f) => [f.text, f.kind, f.value, f.unit]);

describe('old years and counts of people', () => {
  it('reads a year from 1500 after a dating word, and not without one', () => {
    expect(figures('The borough charter was granted in 1586 and renewed in 1688.')).toEqual([
      ['1586', 'year', 1586, null],
      ['1688', 'year', 1688, null],
    ]);
    expect(figures('The survey logged 1586 responses.')).toEqual([['1586 responses', 'count', 1586, 'responses']]);
  });

  it('ends a count of people before the verb that follows it', () => {
    expect(figures('Whether a county of 31,000 people deserves a library is the question.')).toEqual([['31,000 people', 'count', 31000, 'people']]);
    expect(figures('Four women councillors signed it.')).toEqual([['Four women councillors', 'count', 4, 'councillors']]);
  });
});
