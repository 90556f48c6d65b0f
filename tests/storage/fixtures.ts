/** Shared builders for storage and background tests: invented councils and people. */
import type { Annotation } from '@/core/model/annotation';
import type { ArticleSubmission, SubmittedOfficial } from '@/messaging/protocol';
import { openDb, type CouncilLensDb } from '@/storage/db';

let counter = 0;

/** A database under a name no other test uses. */
export function freshDb(): CouncilLensDb {
  counter += 1;
  return openDb(`council-lens-test-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** An official as the content script submits it. */
export function official(name: string, forms: string[] = [name], role: string | null = null, watchlistId: string | null = null): SubmittedOfficial {
  return { name, role, watchlistId, forms };
}

/** An article submission with sensible defaults. */
export function submission(id: string, overrides: Partial<ArticleSubmission> = {}): ArticleSubmission {
  return {
    id,
    url: id,
    title: `Story at ${id}`,
    siteName: 'Wessex Gazette',
    byline: null,
    publishedTime: '2024-03-01T09:00:00.000Z',
    textHash: 'abc123',
    officials: [],
    figures: [],
    auto: true,
    ...overrides,
  };
}

/** An annotation on an article, created at `createdAt`. */
export function annotation(id: string, articleId: string, overrides: Partial<Annotation> = {}): Annotation {
  const exact = overrides.target?.quote.exact ?? 'the budget gap of £4.2m';
  return {
    id,
    articleId,
    url: articleId,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
      position: { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
    },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: '2024-03-02T10:00:00.000Z',
    updatedAt: '2024-03-02T10:00:00.000Z',
    ...overrides,
  };
}

export const NOW = new Date('2024-04-01T12:00:00.000Z');
