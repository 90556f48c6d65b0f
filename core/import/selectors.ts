/**
 * Reads the TextQuoteSelector and TextPositionSelector out of a W3C or Hypothesis target, whatever
 * else is there (RangeSelector, XPathSelector, FragmentSelector...), following `refinedBy` chains.
 */
import { z } from 'zod';
import { check } from './import-error';
import { LIMITS } from './limits';

const text = z.string().max(LIMITS.text);
const quoteSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: text.min(1),
  prefix: text.optional(),
  suffix: text.optional(),
});
const offset = z.number().min(0).max(LIMITS.offset).refine(Number.isInteger, { message: 'expected a whole number' });
const positionSchema = z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset });

/** What the selectors of one target say. */
export interface SelectorInfo {
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Extracts quote and position from `selector` (one selector or a list) at `path` in the file. */
export function readSelectors(selector: unknown, path: PropertyKey[]): SelectorInfo {
  const info: SelectorInfo = { quote: null, position: null };
  const visit = (value: unknown, where: PropertyKey[], depth: number): void => {
    if (depth > 8) return; // refinedBy chains in real files are one or two deep
    const list = asList(value);
    list.slice(0, 100).forEach((s, i) => {
      const at = Array.isArray(value) ? [...where, i] : where;
      if (!s || typeof s !== 'object') return;
      const type = (s as { type?: unknown }).type;
      if (type === 'TextQuoteSelector' && !info.quote) {
        const q = check(quoteSchema, s, at);
        info.quote = { exact: q.exact, prefix: q.prefix ?? '', suffix: q.suffix ?? '' };
      } else if (type === 'TextPositionSelector' && !info.position) {
        const p = check(positionSchema, s, at);
        if (p.end >= p.start) info.position = { start: p.start, end: p.end };
      }
      const refined = (s as { refinedBy?: unknown }).refinedBy;
      if (refined) visit(refined, [...at, 'refinedBy'], depth + 1);
    });
  };
  visit(selector, path, 0);
  return info;
}
