/**
 * An article re-set the way professional news sites set text: curly quotes and apostrophes, en
 * dashes in tallies and ranges, em dashes between clauses. One character for one, so every offset
 * stays put. Most invented fixture pages use straight marks; real pages rarely do, and their
 * typographic characters make the text two-byte in V8, which costs a cold analysis more (see the
 * README's *Cold start*). Used by the typographic test and by `npm run bench`.
 */
import type { ArticleText } from '../../core/model/analysis';

/** Typographic marks for straight ones, one for one. */
export function typeset(s: string): string {
  return s
    .replace(/(?<=[\p{L}\d])'/gu, '’') // "council's", "O'Neill", "members'"
    .replace(/'(?=\d)/g, '’') // "the '80s"
    .replace(/'(?=\p{L})/gu, '‘') // an opening single quote
    .replace(/'/g, '’')
    .replace(/(^|[\s([—-])"/gu, '$1“')
    .replace(/"/g, '”')
    .replace(/ - /g, ' — ') // a clause break
    .replace(/(?<=\d)-(?=\d)/g, '–') // "31-12", "2026-27"
    .replace(/(?<=\d[mkbn]?)-(?=[£$€])/g, '–'); // "£2m-£3m"
}

/** The article with its text and paragraphs re-set by {@link typeset}. */
export function typesetArticle(a: ArticleText): ArticleText {
  return { ...a, text: typeset(a.text), paragraphs: a.paragraphs.map((p) => ({ ...p, text: typeset(p.text) })) };
}
