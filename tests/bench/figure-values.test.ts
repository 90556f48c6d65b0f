/** The bench's figure-values score: of the figures found by text and kind, how many carry the expected value and unit. */
import { describe, expect, it } from 'vitest';
import { scoreArticle } from '../../scripts/lib/bench-accuracy';
import type { ExpectedArticle } from '../../scripts/lib/fixtures';

const expected = {
  officials: [],
  figures: [
    { text: '$142,000 a year', kind: 'money', value: 142000, unit: 'USD/year' },
    { text: '$4m', kind: 'money', value: 4000000, unit: 'CAD' },
    { text: '2026', kind: 'year', value: 2026, unit: null },
    { text: '12 homes', kind: 'count', value: 12, unit: 'homes' },
  ],
} as unknown as ExpectedArticle;

describe('figure values in the bench', () => {
  it('counts a found figure right only when its value and unit match too, and a missed one not at all', () => {
    const { values } = scoreArticle(expected, {
      officials: [],
      figures: [
        { text: '$142,000 a year', kind: 'money', value: 142000, unit: 'USD/year' },
        { text: '$4m', kind: 'money', value: 4000000, unit: 'USD' },
        { text: '2026', kind: 'year', value: 2026, unit: null },
      ],
    });
    expect(values).toEqual({ matched: 3, right: 2 });
  });

  it('gives a system that reports no values none right', () => {
    const { values } = scoreArticle(expected, { officials: [], figures: [{ text: '2026', kind: 'year' }] });
    expect(values).toEqual({ matched: 1, right: 0 });
  });
});
