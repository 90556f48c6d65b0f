import { warmRegExp } from '../native-regexp';
import type { FigureRule, ScanContext } from './rule';

/**
 * Letters for rules run on lower-cased text without the `u` flag: Latin (with Latin-1 and the
 * Latin Extended blocks), Greek and Cyrillic. Unicode property classes (`\p{L}`) with the `u` and
 * `i` flags made the rule expressions the largest cost of a page's first analysis; English news
 * rarely sets a letter of another script against a number, and then a rule only misreads a boundary.
 */
const LETTER_RANGES = String.raw`a-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff`;

/**
 * A rule's source (written with `\p{L}` / `\p{Ll}` for readability) as a plain expression over
 * lower-cased text: each property class becomes the letter ranges, inside or outside a class.
 */
export function plainSource(source: string): string {
  let inClass = false;
  // One pass over the tokens that matter (a property class, any other escape, a bracket); building
  // the result a character at a time made hundreds of kilobytes of garbage on a page's first analysis.
  return source.replace(/\\p\{Ll?\}|\\[\s\S]|[[\]]/g, (token, at: number) => {
    if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    else if (token.length > 2) return inClass ? LETTER_RANGES : `[${LETTER_RANGES}]`;
    else if (token === '\\p' || token === '\\P') throw new Error(`unsupported property class in figure rule: ${source.slice(at, at + 8)}`);
    return token;
  });
}

/** `text` lower-cased with every offset kept (a character whose lower case is longer stays as it is). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const compiled = new WeakMap<FigureRule, RegExp>();

/**
 * The rule's anchored expression, compiled on first use (a page pays only for the rules it reaches)
 * straight to machine code (see `core/native-regexp.ts`) for subjects like `lower`.
 */
function expressionOf(rule: FigureRule, lower: string): RegExp {
  let re = compiled.get(rule);
  if (!re) {
    re = new RegExp(plainSource(rule.source), 'yd');
    compiled.set(rule, re);
  }
  return warmRegExp(re, lower);
}

/**
 * Runs `rule` anchored at `index` of the lower-cased paragraph and returns the match with its
 * text and named groups taken from the original paragraph (same offsets), so rules still see
 * "March" or "US$" as written. Null when the rule's expression does not match there.
 */
export function matchAt(rule: FigureRule, ctx: ScanContext, index: number): RegExpExecArray | null {
  const re = expressionOf(rule, ctx.lower);
  re.lastIndex = index;
  const m = re.exec(ctx.lower);
  if (!m) return null;
  const spans = m.indices!;
  const text = ctx.paragraph;
  for (let i = 0; i < m.length; i++) {
    const span = spans[i];
    m[i] = span ? text.slice(span[0], span[1]) : (undefined as unknown as string);
  }
  const groups = m.groups as Record<string, string | undefined> | undefined;
  if (groups && spans.groups) {
    for (const name of Object.keys(groups)) {
      const span = spans.groups[name];
      groups[name] = span ? text.slice(span[0], span[1]) : undefined;
    }
  }
  return m;
}
