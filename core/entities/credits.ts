/**
 * Bylines and picture credits name people who are not in the story: "By Jane Reporter",
 * "Picture: John Snapper / Agency". They are excluded from detection.
 */
import { testNative } from '../native-regexp';

const CREDIT_BEFORE_RE =
  /(?:^|[\s([|])(?:Pictures?|Photos?|Photograph(?:s|y)?|Images?|Credit|Pics?|Video|Words|Graphic)(?:[ \u00A0]+by)?[ \u00A0]*[:\-–—|][ \u00A0]*$/i;
/**
 * "Written by Jane Reporter", "Pictures by John Snapper": a credit's label is capitalised (or all
 * capitals), so "the report was written by Kate Miles" in the story is no credit.
 */
const CREDIT_BY_RE =
  /(?:^|[\s([|])(?:Pictures?|Photos?|Photograph(?:s|ed)?|Images?|Pics?|Video|Words|Reporting|Written|Interview|PICTURES?|PHOTOS?|PHOTOGRAPHS?|IMAGES?|VIDEO|WORDS|REPORTING|WRITTEN|INTERVIEW)[ \u00A0]+(?:by|By|BY)[ \u00A0]+$/;
const BY_LINE_RE = /^[ \u00A0]*[Bb]y:?[ \u00A0]+$/;
/** A credit's label ends in a colon, dash, bar or "by": checked before the end-anchored credit test. */
const CREDIT_TAIL_RE = /(?:[:\-–—|]|\bby)[ \u00A0]*$/i;
const CREDIT_AFTER_RE = /^[ \u00A0]*(?:\/|\||©)/;

/** True when the name at `start..end` is a byline or picture credit. */
export function isCredit(text: string, start: number, end: number, paraStart: number): boolean {
  const before = text.slice(Math.max(paraStart, start - 40), start);
  if (start - paraStart <= 40 && testNative(BY_LINE_RE, text.slice(paraStart, start))) return true;
  if (testNative(CREDIT_TAIL_RE, before.slice(-6)) && (testNative(CREDIT_BEFORE_RE, before) || testNative(CREDIT_BY_RE, before))) return true;
  // "Jane Snapper / Agency" directly after a credit-like opening of a caption.
  return testNative(CREDIT_AFTER_RE, text.slice(end, end + 4)) && /(?:^|\s)(?:©|Credit|Photo|Picture|Image)/i.test(before);
}

/** Names in a byline string ("By Jane Reporter and John Smith, Local Democracy Reporter"), lower-case. */
export function bylineNames(byline: string | null | undefined): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*by:?\s+/i, '')
    .split(/\s*(?:,|&|\band\b|\||\/|\n|-\s)\s*/)
    .map((s) => s.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((s) => s.length > 2);
}

/** True when a canonical name is one of the byline or credit names. */
export function isBylineName(name: string, names: readonly string[]): boolean {
  const n = name.toLowerCase();
  if (!n.includes(' ')) return false;
  return names.some((b) => b === n || b.startsWith(`${n} `) || b.endsWith(` ${n}`));
}
