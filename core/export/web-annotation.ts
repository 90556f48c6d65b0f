/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/): an AnnotationCollection with one
 * AnnotationPage holding every annotation, readable by Hypothesis-compatible and other W3C tools.
 *
 * Positions: the W3C model counts code points, the extension counts UTF-16 units. Annotations made
 * in the extension carry both (`target.codePoints`, taken when the page text was at hand), so their
 * export is exact. For older or imported records without it: with `pageText` the conversion is
 * exact; otherwise `start` is written as stored (exact unless the page text before it holds
 * characters outside the Basic Multilingual Plane, such as emoji) and `end` is `start` plus the
 * quote's code-point length. Consumers re-anchor on the TextQuoteSelector first anyway.
 */
import type { Annotation } from '../model/annotation';
import { codePointLength, utf16ToCodePointOffset } from '../code-points';
import { describeFigure } from '../model/figure-kinds';
import { isOfficialRecord } from '../model/records';
import { distinctFigures } from './figure-text';
import { buildIndexes } from './indexes';
import { stableUuid } from './stable-id';
import type { ExportData } from './types';

/** The JSON-LD context of the Web Annotation vocabulary. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Options of the W3C export. */
export interface WebAnnotationOptions {
  now: Date;
  /**
   * Include the automatic highlights: officials named per article as "identifying" annotations, and
   * figures as "classifying" annotations on their quote, with kind and normalised value as the body.
   */
  includeAutomatic?: boolean;
  label?: string;
  /** Page text by article id, when known, for exact code-point positions. */
  pageText?: (articleId: string) => string | undefined;
}

type Json = Record<string, unknown>;

/** An ISO timestamp normalised to UTC with a trailing Z, or undefined when it cannot be read. */
export function utcTimestamp(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function textualBody(value: string, purpose: string): Json {
  return { type: 'TextualBody', value, format: 'text/plain', purpose };
}

/** The code-point start and end of an annotation's TextPositionSelector (see the file comment). */
export function codePointPosition(a: Annotation, pageText: string | undefined): { start: number; end: number } {
  if (a.target.codePoints) return a.target.codePoints;
  const { start, end } = a.target.position;
  if (pageText !== undefined) {
    return { start: utf16ToCodePointOffset(pageText, start), end: utf16ToCodePointOffset(pageText, end) };
  }
  return { start, end: start + codePointLength(a.target.quote.exact) };
}

/** One reader annotation as a W3C Annotation. */
export function toW3cAnnotation(a: Annotation, pageText?: string): Json {
  const { exact, prefix, suffix } = a.target.quote;
  const body = [...(a.note ? [textualBody(a.note, 'commenting')] : []), ...a.tags.map((t) => textualBody(t, 'tagging'))];
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: utcTimestamp(a.createdAt),
    modified: utcTimestamp(a.updatedAt),
    ...(body.length ? { body } : {}),
    target: {
      source: a.url,
      // Not part of the core model's meaning, but standard: lets Council Lens restore the colour.
      styleClass: `council-lens-${a.color}`,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', ...codePointPosition(a, pageText) },
      ],
    },
  };
}

/** Serialises `data` as a W3C AnnotationCollection (JSON-LD). */
export function toWebAnnotationCollection(data: ExportData, options: WebAnnotationOptions): Json {
  const items: Json[] = data.annotations.map((a) => toW3cAnnotation(a, options.pageText?.(a.articleId)));
  if (options.includeAutomatic) {
    const idx = buildIndexes(data);
    for (const m of data.mentions) {
      const official = idx.officialById.get(m.officialId);
      const article = idx.articleById.get(m.articleId);
      if (!official || !isOfficialRecord(official) || !article) continue;
      const role = m.role ?? official.roles[0] ?? null;
      items.push({
        '@context': ANNO_CONTEXT,
        id: `urn:uuid:${stableUuid(`mention:${m.id}`)}`,
        type: 'Annotation',
        motivation: 'identifying',
        created: utcTimestamp(m.date),
        body: textualBody(role ? `${official.name} (${role})` : official.name, 'identifying'),
        target: { source: article.url },
      });
    }
    for (const article of data.articles) {
      for (const f of distinctFigures(article.figures)) {
        items.push({
          '@context': ANNO_CONTEXT,
          id: `urn:uuid:${stableUuid(`figure:${article.id}:${f.kind}:${f.text}:${f.value}:${f.unit}`)}`,
          type: 'Annotation',
          motivation: 'classifying',
          created: utcTimestamp(article.publishedTime ?? article.savedAt),
          body: textualBody(describeFigure(f), 'classifying'),
          target: { source: article.url, selector: { type: 'TextQuoteSelector', exact: f.text } },
        });
      }
    }
  }
  const ids = data.annotations.map((a) => a.id).join(',');
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${stableUuid(`collection:${options.now.toISOString()}:${ids}`)}`,
    type: 'AnnotationCollection',
    label: options.label ?? 'Council Lens annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The collection as a JSON-LD string. */
export function toWebAnnotationJson(data: ExportData, options: WebAnnotationOptions): string {
  return JSON.stringify(toWebAnnotationCollection(data, options), null, 2);
}
