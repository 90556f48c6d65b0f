import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/core/figures';
import type { Paragraph } from '@/core/model/analysis';

/** Joins paragraphs with blank lines, as extracted articles do. */
function article(...paragraphs: string[]): { text: string; paragraphs: Paragraph[] } {
  const out: Paragraph[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    out.push({ text: p, start: text.length });
    text += p;
  }
  return { text, paragraphs: out };
}

describe('detectFigures', () => {
  const a = article(
    'The council will save £49 million over 14 months, a 4.99% cut, from 2024/25.',
    'Some 350 jobs go on February 28 and two councillors object.',
    'The 2019 review took five-and-a-half years.',
  );
  const figures = detectFigures(a, { referenceDate: '2024-01-15T10:00:00Z' });

  it('finds every kind, with offsets into the article text', () => {
    expect(figures.map((f) => f.kind)).toEqual(['money', 'duration', 'percent', 'year', 'count', 'date', 'count', 'year', 'duration']);
    for (const f of figures) expect(a.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('is sorted and never overlaps', () => {
    for (let i = 1; i < figures.length; i++) expect(figures[i]!.start).toBeGreaterThanOrEqual(figures[i - 1]!.end);
  });

  it('never crosses a paragraph boundary', () => {
    const b = article('The total was 350', 'jobs were lost and 12', 'March was cold.');
    const found = detectFigures(b);
    expect(found).toEqual([]);
    for (const f of found) expect(f.text).not.toContain('\n');
  });

  it('uses the reference date only for dates without a year', () => {
    expect(figures.find((f) => f.kind === 'date')?.value).toBe('2024-02-28');
    expect(detectFigures(a).find((f) => f.kind === 'date')?.value).toBe('--02-28');
  });

  it('returns nothing for text without figures', () => {
    expect(detectFigures(article('Cllr Jane Smith said the decision was wrong.'))).toEqual([]);
  });
});
