import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/core/figures';
import { articleFromText } from '@/core/article';

const figures = (text: string) => detectFigures(articleFromText(text)).map((f) => [f.text, f.kind, f.value, f.unit]);

describe('labelled counts (fact boxes)', () => {
  it('counts a bare number that a label names as its whole line', () => {
    expect(figures('Objections received: 412\n\nHomes: 1,300')).toEqual([
      ['412', 'count', 412, null],
      ['1,300', 'count', 1300, null],
    ]);
  });

  it('leaves a number inside a sentence, after no label, or read as another kind', () => {
    expect(figures('The limit would stay at 110.')).toEqual([]);
    expect(figures('Page 2 of 12')).toEqual([]);
    expect(figures('He said: it was 12')).toEqual([]);
    expect(figures('Built: 1994')).toEqual([['1994', 'year', 1994, null]]);
    expect(figures('Opened: 1874\n\nPupils: 1874')).toEqual([
      ['1874', 'year', 1874, null],
      ['1874', 'count', 1874, null],
    ]);
    expect(figures('Cost: £2m')).toEqual([['£2m', 'money', 2000000, 'GBP']]);
  });
});
