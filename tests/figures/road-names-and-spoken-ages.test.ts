/**
 * Stop 52, from the dev110 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a road's number or a place named with a unit is no figure ("Township Road 304",
 * "Ten Mile Road"), and an age said to the reader ("If you are 84 and ...") or at leaving school.
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/core/figures';
import { articleFromText } from '@/core/article';

const figures = (text: string) => detectFigures(articleFromText(text)).map((f) => [f.text, f.kind, f.value]);

describe('roads and places named with numbers', () => {
  it('reads no count after a road’s word and no measure in a place’s name', () => {
    expect(figures('Range Road 212 remains closed, and Highway 9 reopens. Shops must sit along Six Mile Road, 500 feet from a school.')).toEqual([
      ['500 feet', 'measure', 500],
    ]);
  });

  it('borrows no count’s noun for a number word that opens a place’s name', () => {
    expect(figures('Ten whales stranded on Ninety Mile Beach.')).toEqual([['Ten whales', 'count', 10]]);
  });

  it('still reads a measure written in lower case at a sentence’s start', () => {
    expect(figures('Three miles of road will be resurfaced.')).toEqual([['Three miles', 'measure', 3]]);
  });
});

describe('ages said to the reader or at leaving school', () => {
  it('reads "you are 84" and "leaving education at 16" as ages, not "you are 5 minutes late"', () => {
    expect(figures('“If you are 84 and live alone, this is the end,” she said. Friends talk of leaving education at 16.')).toEqual([
      ['84', 'age', 84],
      ['16', 'age', 16],
    ]);
    expect(figures('If you are 5 minutes late, you miss it.')).toEqual([['5 minutes', 'duration', 5]]);
  });
});
