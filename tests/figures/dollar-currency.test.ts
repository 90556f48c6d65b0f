import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/core/figures';
import { articleDollar } from '@/core/figures/dollar-currency';
import { ofKind } from './helpers';

describe("an article's dollar", () => {
  it.each([
    ['https://www.brierwoodfreepress.ca/news/landfill', 'CAD'],
    ['https://tindarraexpress.com.au/council/rates', 'AUD'],
    ['https://www.kotareherald.co.nz/local/stopbank', 'NZD'],
    ['https://www.example.com/news/budget', 'USD'],
    ['not a url', 'USD'],
  ])('reads the site %s in %s', (url, dollar) => {
    expect(articleDollar('The council set a $4 million budget.', url)).toBe(dollar);
  });

  it('reads the country from places named more than once, in Commonwealth spelling', () => {
    const text = 'Ontario municipalities must table budgets by February. The $4 million centre opens in the spring, the Ontario ministry said.';
    expect(articleDollar(text, null)).toBe('CAD');
    expect(articleDollar('Queensland councils back the $2m levee. New South Wales has not.', null)).toBe('AUD');
  });

  it('keeps US dollars for one passing name or for American spelling', () => {
    expect(articleDollar('The $4 million plan drew trucks from Vancouver and the port.', null)).toBe('USD');
    const american = 'Ontario and Ontario again: the $4 million community center in the neighborhood was favored by the board.';
    expect(articleDollar(american, null)).toBe('USD');
  });

  it('gives "$", "dollars" and "cents" the article dollar, and keeps a symbol that names its own', () => {
    const text = 'Regional district directors approved the $47.5-million expansion, about two dollars a tonne, and a US$3 million grant.';
    const figures = detectFigures({ text, paragraphs: [{ text, start: 0 }] }, { url: 'https://www.example.ca/landfill' });
    expect(figures.filter((f) => f.kind === 'money').map((f) => [f.text, f.unit])).toEqual([
      ['$47.5-million', 'CAD'],
      ['two dollars', 'CAD'],
      ['US$3 million', 'USD'],
    ]);
  });

  it.each([
    ['The province sent C$12 million.', 'C$12 million', 12000000, 'CAD'],
    ['Canberra pledged A$3m for the levee.', 'A$3m', 3000000, 'AUD'],
    ['The grant was NZ$450,000.', 'NZ$450,000', 450000, 'NZD'],
  ])('reads a named dollar: %s', (sentence, text, value, unit) => {
    expect(ofKind(sentence, 'money')).toEqual([[text, value, unit]]);
  });
});
