/**
 * Import of W3C Web Annotations (JSON-LD): an AnnotationCollection, an AnnotationPage, a single
 * Annotation or a list of Annotations, from Council Lens or any other W3C tool.
 */
import { z } from 'zod';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../model/annotation';
import type { ExportData } from '../export/types';
import { isoOrNull, draftsToData, type AnnotationDraft } from './draft';
import { formatPath } from './format-issues';
import { check, ImportError } from './import-error';
import { LIMITS } from './limits';
import { readSelectors } from './selectors';

const short = z.string().max(LIMITS.short);
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).max(1000)]);

const bodySchema = z.union([
  z.string().max(LIMITS.url),
  z.looseObject({ type: oneOrMany(short).optional(), value: z.string().max(LIMITS.text).optional(), purpose: short.optional() }),
]);
const targetSchema = z.union([
  z.string().max(LIMITS.url),
  z.looseObject({ source: z.string().max(LIMITS.url).optional(), id: z.string().max(LIMITS.url).optional(), styleClass: short.optional() }),
]);
const annotationSchema = z.looseObject({
  id: z.string().max(LIMITS.url).optional(),
  motivation: oneOrMany(short).optional(),
  created: short.optional(),
  modified: short.optional(),
  body: oneOrMany(bodySchema).optional(),
  bodyValue: z.string().max(LIMITS.text).optional(),
  target: oneOrMany(targetSchema),
});

/** True when a JSON value's `type` is (or includes) `name`. */
export function hasType(value: unknown, name: string): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const type = (value as { type?: unknown }).type;
  return type === name || (Array.isArray(type) && type.includes(name));
}

/** True when `json` looks like W3C Web Annotation data this importer reads. */
export function isW3c(json: unknown): boolean {
  if (Array.isArray(json)) return json.length > 0 && json.every((a) => hasType(a, 'Annotation'));
  return ['AnnotationCollection', 'AnnotationPage', 'Annotation'].some((t) => hasType(json, t));
}

/** The annotations of a W3C document, each with its path in the file. */
function itemsOf(json: unknown): { value: unknown; where: PropertyKey[] }[] {
  const list = (items: unknown, where: PropertyKey[]) => {
    if (!Array.isArray(items)) throw new ImportError(`${formatPath(where)}: expected a list of annotations`);
    if (items.length > LIMITS.items) throw new ImportError(`${formatPath(where)}: too many annotations (at most ${LIMITS.items})`);
    return items.map((value, i) => ({ value, where: [...where, i] }));
  };
  if (Array.isArray(json)) return list(json, []);
  if (hasType(json, 'Annotation')) return [{ value: json, where: [] }];
  const obj = json as Record<string, unknown>;
  if (hasType(json, 'AnnotationPage')) return list(obj.items, ['items']);
  const first = obj.first;
  if (first && typeof first === 'object') return list((first as Record<string, unknown>).items, ['first', 'items']);
  if (Array.isArray(obj.items)) return list(obj.items, ['items']);
  throw new ImportError(
    typeof first === 'string'
      ? 'This collection only links to its pages (first is a web address); export it with the annotations embedded.'
      : 'first.items: missing (expected the list of annotations)',
  );
}

function colorOf(styleClass: string | undefined): HighlightColor {
  const m = /council-lens-(\w+)/.exec(styleClass ?? '');
  return HIGHLIGHT_COLORS.find((c) => c === m?.[1]) ?? 'yellow';
}

/** One W3C annotation as a draft, or a reason to skip it (not an error: the rest still imports). */
function toDraft(value: unknown, where: PropertyKey[]): AnnotationDraft | { skip: string } {
  const a = check(annotationSchema, value, where);
  const motivations = [a.motivation ?? []].flat();
  // Council Lens writes its automatic highlights as identifying (officials) and classifying (figures).
  if (motivations.includes('identifying') || motivations.includes('classifying')) return { skip: 'automatic highlight' };
  const notes: string[] = a.bodyValue ? [a.bodyValue] : [];
  const tags: string[] = [];
  for (const b of [a.body ?? []].flat()) {
    if (typeof b === 'string' || typeof b.value !== 'string') continue;
    if (b.purpose === 'tagging') tags.push(b.value);
    else if (!b.purpose || ['commenting', 'describing', 'replying', 'editing', 'questioning'].includes(b.purpose)) notes.push(b.value);
  }
  const targets = [a.target].flat();
  for (const [i, t] of targets.entries()) {
    if (typeof t === 'string') continue;
    const at = Array.isArray(a.target) ? [...where, 'target', i] : [...where, 'target'];
    const info = readSelectors(t.selector, [...at, 'selector']);
    const source = t.source ?? t.id;
    if (!info.quote || !source) continue;
    return {
      sourceId: a.id ?? null,
      source,
      title: null,
      ...info.quote,
      position: info.position,
      note: notes.join('\n\n'),
      tags,
      color: colorOf(t.styleClass),
      created: isoOrNull(a.created),
      modified: isoOrNull(a.modified),
    };
  }
  return { skip: 'no TextQuoteSelector (it does not point at a passage of text)' };
}

/** Reads a W3C document into ExportData; skipped annotations are reported in `warnings`. */
export function importW3c(json: unknown, now: Date): { data: ExportData; warnings: string[] } {
  const drafts: { draft: AnnotationDraft; where: PropertyKey[] }[] = [];
  const skipped: string[] = [];
  let automatic = 0;
  for (const { value, where } of itemsOf(json)) {
    const d = toDraft(value, where);
    if ('skip' in d) {
      if (d.skip === 'automatic highlight') automatic++;
      else skipped.push(`Skipped annotation ${formatPath(where)}: ${d.skip}.`);
    } else drafts.push({ draft: d, where });
  }
  if (!drafts.length) {
    throw new ImportError(
      skipped.length ? `Nothing to import. ${skipped.slice(0, 5).join(' ')}` : 'Nothing to import: the file holds no annotations of passages of text.',
    );
  }
  const warnings = skipped.slice(0, 20);
  if (skipped.length > 20) warnings.push(`…and ${skipped.length - 20} more skipped.`);
  if (automatic)
    warnings.push(`${automatic} automatic highlight${automatic > 1 ? 's' : ''} (officials and figures) not imported: the extension finds them again.`);
  return { data: draftsToData(drafts, 'w3c', now), warnings };
}
