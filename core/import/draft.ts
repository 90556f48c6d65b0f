/**
 * Annotations read from another tool's file, before they become records. Both W3C and Hypothesis
 * importers produce drafts; `draftsToData` turns them into articles and annotations.
 *
 * Positions are kept as the file gives them (W3C and Hypothesis count code points, the extension
 * UTF-16 units): they differ only after characters such as emoji, and the extension re-anchors on the
 * quote when the position does not hold the quoted text, so no page text is needed at import.
 */
import type { Annotation, HighlightColor } from '../model/annotation';
import type { ArticleRecord } from '../model/records';
import { annotationSchema } from './backup-schema';
import { cleanSourceUrl } from './clean-url';
import { formatPath } from './format-issues';
import { check, ImportError } from './import-error';
import { stableUuid, isUuid } from '../export/stable-id';
import { emptyExportData, type ExportData } from '../export/types';

/** One annotation as read from a foreign file. */
export interface AnnotationDraft {
  /** The file's own id, if any, for a stable record id. */
  sourceId: string | null;
  source: string;
  title: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  position: { start: number; end: number } | null;
  note: string;
  tags: string[];
  color: HighlightColor;
  created: string | null;
  modified: string | null;
}

/** A timestamp as UTC ISO, or null when missing or unreadable. */
export function isoOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function recordId(d: AnnotationDraft, namespace: string): string {
  if (d.sourceId) {
    const bare = d.sourceId.replace(/^urn:uuid:/i, '');
    return isUuid(bare) ? bare.toLowerCase() : stableUuid(`${namespace}:${d.sourceId}`);
  }
  // No id in the file: derive one from the content so a second import finds the same record.
  return stableUuid(`${namespace}:${d.source}\n${d.exact}\n${d.prefix}\n${d.created ?? ''}\n${d.note}`);
}

/**
 * Builds articles and annotations from drafts. `where(i)` names draft i's place in the file for error
 * messages. Article ids are cleaned source URLs; a draft whose source is not http(s) is an error.
 */
export function draftsToData(drafts: readonly { draft: AnnotationDraft; where: PropertyKey[] }[], namespace: string, now: Date): ExportData {
  const data = emptyExportData();
  const articles = new Map<string, ArticleRecord>();
  const fallback = now.toISOString();
  const byId = new Map<string, Annotation>();
  for (const { draft: d, where } of drafts) {
    const articleId = cleanSourceUrl(d.source);
    if (!articleId) throw new ImportError(`${formatPath(where)}: the annotated page is not an http(s) web address`);
    const id = articleId;
    const createdAt = d.created ?? d.modified ?? fallback;
    const annotation: Annotation = {
      id: recordId(d, namespace),
      articleId: id,
      url: d.source,
      target: {
        quote: { type: 'TextQuoteSelector', exact: d.exact, prefix: d.prefix, suffix: d.suffix },
        // No position: 0..0 never holds the quote, so the extension anchors by the quote.
        position: { type: 'TextPositionSelector', start: d.position?.start ?? 0, end: d.position?.end ?? 0 },
        // W3C and Hypothesis positions count code points already.
        ...(d.position ? { codePoints: { start: d.position.start, end: d.position.end } } : {}),
      },
      color: d.color,
      note: d.note,
      tags: [...new Set(d.tags.map((t) => t.trim()).filter(Boolean))],
      createdAt,
      updatedAt: d.modified ?? createdAt,
    };
    const checked = check(annotationSchema, annotation, where);
    const twin = byId.get(checked.id);
    // The same annotation twice in one file: keep the newer copy.
    if (!twin || twin.updatedAt < checked.updatedAt) byId.set(checked.id, checked);
    const existing = articles.get(id);
    if (!existing) {
      articles.set(id, {
        id,
        url: id,
        title: d.title,
        siteName: null,
        byline: null,
        publishedTime: null,
        textHash: '',
        figures: [],
        figureKeys: [],
        officialIds: [],
        auto: false,
        savedAt: createdAt,
        updatedAt: createdAt,
      });
    } else {
      // The earliest annotation dates the placeholder, so a real stored article is always newer.
      if (createdAt < existing.savedAt) existing.savedAt = existing.updatedAt = createdAt;
      existing.title ??= d.title;
    }
  }
  data.articles = [...articles.values()];
  data.annotations = [...byId.values()];
  return data;
}
