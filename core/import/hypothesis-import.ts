/**
 * Import of a Hypothesis export: a JSON array of Hypothesis API annotation objects
 * (`uri`, `text`, `tags`, `target[0].selector[]`, `document.title`, `created`, `updated`).
 * Page notes and replies have no quoted passage; they are skipped and reported.
 */
import { z } from 'zod';
import type { ExportData } from '../export/types';
import { isoOrNull, draftsToData, type AnnotationDraft } from './draft';
import { check, ImportError } from './import-error';
import { LIMITS } from './limits';
import { readSelectors } from './selectors';

const short = z.string().max(LIMITS.short);
const hypothesisSchema = z.looseObject({
  id: short.optional(),
  uri: z.string().max(LIMITS.url),
  text: z.string().max(LIMITS.text).optional(),
  tags: z.array(short).max(1000).optional(),
  created: short.optional(),
  updated: short.optional(),
  references: z.array(short).max(1000).optional(),
  target: z
    .array(z.looseObject({ source: z.string().max(LIMITS.url).optional() }))
    .max(100)
    .optional(),
  document: z.looseObject({ title: z.union([z.string().max(LIMITS.text), z.array(z.string().max(LIMITS.text)).max(100)]).optional() }).optional(),
});

/** True when `json` looks like a Hypothesis export: a list of objects with `uri` and no W3C `type`. */
export function isHypothesis(json: unknown): boolean {
  if (!Array.isArray(json) || json.length === 0) return false;
  const first: unknown = json[0];
  return !!first && typeof first === 'object' && 'uri' in first && !('type' in first);
}

/** Reads a Hypothesis export into ExportData; skipped annotations are reported in `warnings`. */
export function importHypothesis(json: unknown[], now: Date): { data: ExportData; warnings: string[] } {
  if (json.length > LIMITS.items) throw new ImportError(`Too many annotations (at most ${LIMITS.items}).`);
  const drafts: { draft: AnnotationDraft; where: PropertyKey[] }[] = [];
  const skipped: number[] = [];
  json.forEach((value, i) => {
    const h = check(hypothesisSchema, value, [i]);
    const target = h.target?.[0];
    const info = target ? readSelectors(target.selector, [i, 'target', 0, 'selector']) : { quote: null, position: null };
    if (!info.quote) {
      skipped.push(i);
      return;
    }
    const title = h.document?.title;
    drafts.push({
      where: [i],
      draft: {
        sourceId: h.id ?? null,
        source: target?.source ?? h.uri,
        title: (Array.isArray(title) ? title[0] : title) ?? null,
        ...info.quote,
        position: info.position,
        note: h.text ?? '',
        tags: h.tags ?? [],
        color: 'yellow',
        created: isoOrNull(h.created),
        modified: isoOrNull(h.updated),
      },
    });
  });
  const reason = 'no TextQuoteSelector (a page note or a reply)';
  const list = (ids: number[]) =>
    ids
      .slice(0, 10)
      .map((i) => `[${i}]`)
      .join(', ') + (ids.length > 10 ? ` and ${ids.length - 10} more` : '');
  if (!drafts.length)
    throw new ImportError(`Nothing to import: annotation${skipped.length > 1 ? 's' : ''} ${list(skipped)} ha${skipped.length > 1 ? 've' : 's'} ${reason}.`);
  const warnings = skipped.length ? [`Skipped annotation${skipped.length > 1 ? 's' : ''} ${list(skipped)}: ${reason}.`] : [];
  return { data: draftsToData(drafts, 'hypothesis', now), warnings };
}
