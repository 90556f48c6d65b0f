/**
 * Turns an analysis into what the page shows: highlight spans for the officials and figures (mapped
 * from the article text onto the live article body); and a page's submission when it is not an
 * article (an analysed one is built by messaging/submission.ts).
 */
import { mapParagraphs } from '@/core/anchoring/paragraph-map';
import type { TextIndex } from '@/core/anchoring/text-index';
import { highlightOffsets, type HighlightSpan } from '@/core/highlight/highlight-offsets';
import type { Analysis } from '@/core/model/analysis';
import { hashText } from '@/core/text-hash';
import type { ArticleSubmission } from '@/messaging/protocol';

/** An analysis as the page holds it: the text it extracted, what the worker found, the text's hash. */
export type PageAnalysis = Analysis & { textHash: string };

/** Highlight id of the i-th official / figure of an analysis (looked up again by the hover card). */
export const officialMarkId = (i: number) => `o${i}`;
export const figureMarkId = (i: number) => `f${i}`;
export const personMarkId = (i: number) => `p${i}`;

/** A page that is not an article but got a note: described by its title and address only. */
export function plainPageSubmission(doc: Document, id: string, pageUrl: string, auto: boolean): ArticleSubmission {
  const { hostname } = new URL(pageUrl);
  return {
    id,
    url: pageUrl,
    title: doc.title || null,
    siteName: hostname,
    byline: null,
    publishedTime: null,
    textHash: hashText((doc.body ?? doc.documentElement).textContent ?? ''),
    officials: [],
    figures: [],
    auto,
  };
}

/** Which optional categories to mark. */
export interface SpanOptions {
  /** Mark the other people the article names (default true). */
  people?: boolean;
}

/**
 * Highlights every official mention and figure inside the article body, in one pass over the page
 * text. Returns the elements created and how many paragraphs could not be found on the page.
 */
export function highlightFindings(body: Element, analysis: Analysis, options: SpanOptions = {}): { marks: HTMLElement[]; unmatched: number } {
  const { index, spans, unmatched } = findingSpans(body, analysis, options);
  return { marks: highlightOffsets(index, spans).flat(), unmatched };
}

/**
 * The highlight spans of every official mention and figure, mapped from the article text onto the
 * live article body (reads the page, changes nothing), with the text index they refer to and how
 * many paragraphs could not be found on the page.
 */
export function findingSpans(
  body: Element,
  analysis: Analysis,
  { people = true }: SpanOptions = {},
  /** A text index of `body` built beforehand (the page builds it in a task of its own). */
  index?: TextIndex,
): { index: TextIndex; spans: HighlightSpan[]; unmatched: number } {
  const map = mapParagraphs(body, analysis.paragraphs, index);
  const spans: HighlightSpan[] = [];
  const add = (start: number, end: number, attrs: Omit<HighlightSpan, 'start' | 'end'>) => {
    const at = map.toIndexOffsets(start, end);
    if (at) spans.push({ ...at, ...attrs });
  };
  analysis.officials.forEach((person, i) => {
    person.mentions.forEach((m, n) => add(m.start, m.end, { kind: 'official', id: officialMarkId(i), focusable: n === 0 }));
  });
  // Other people are marked only while their category shows (it starts hidden), and take no tab stop.
  if (people)
    analysis.people.forEach((person, i) => {
      person.mentions.forEach((m) => add(m.start, m.end, { kind: 'person', id: personMarkId(i), focusable: false }));
    });
  analysis.figures.forEach((figure, i) => add(figure.start, figure.end, { kind: 'figure', id: figureMarkId(i), focusable: true }));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return { index: map.index, spans, unmatched: map.unmatched.length };
}
