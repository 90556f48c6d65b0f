/** Invented annotations for component tests. */
import type { Annotation } from '@/core/model/annotation';

/** An annotation with sensible defaults; `n` varies ids and dates. */
export function makeAnnotation(n: number, over: Partial<Annotation> = {}): Annotation {
  const date = new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString();
  return {
    id: `ann-${n}`,
    articleId: 'https://news.example.org/marshbury-budget',
    url: 'https://news.example.org/marshbury-budget',
    target: {
      quote: { type: 'TextQuoteSelector', exact: `Quote number ${n} about the £4.2m leisure centre`, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: n, end: n + 10 },
    },
    color: 'yellow',
    note: `Note ${n}`,
    tags: ['budget'],
    createdAt: date,
    updatedAt: date,
    ...over,
  };
}
