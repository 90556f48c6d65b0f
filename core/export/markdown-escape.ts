/**
 * Escaping for Markdown built from untrusted text (page titles, quotes, notes). Characters that
 * CommonMark or GitHub Flavored Markdown give meaning anywhere in a line (emphasis, code, links,
 * images, tables, strikethrough) are backslash-escaped, `&`, `<`, `>` become entities so no HTML
 * or `<script>` can appear, and the characters that only matter at the start of a line (headings,
 * lists, block quotes, thematic breaks, setext underlines) are escaped only there. The output
 * renders as the original text and stays readable as plain text ("£4.2m", not "£4\.2m").
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// Meaningful anywhere in a line; parentheses too, so no renderer can read a link destination.
const INLINE = /[\\`*_[\]()|~&<>]/g;
// Meaningful at a line start: "# ", "- ", "+ ", "= ", "1. ", "1) ".
const LINE_START = /^(\s*)([#+=-]|\d+(?=[.)]))/;

/** Escapes `text` so that it renders as itself inside a Markdown paragraph, heading or link text. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(INLINE, (ch) => ENTITIES[ch] ?? `\\${ch}`);
  return splitLines(inline)
    .map((line) => line.replace(LINE_START, (_, space: string, mark: string) => (/\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`)))
    .join('\n');
}

/** Escapes `text` for a one-line context (heading, list item): line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** Splits text into lines whatever the line-end convention. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * A link destination for `url` when it is http(s), else null (the caller shows it as plain text).
 * Parentheses, spaces and angle brackets are percent-encoded so the destination cannot end early.
 */
export function safeLinkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(/[()<>\s"'`\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[text](url)` when the URL is http(s); the escaped text followed by the escaped URL otherwise. */
export function markdownLink(text: string, url: string): string {
  const href = safeLinkUrl(url);
  const label = escapeMarkdownInline(text || url);
  if (href) return `[${label}](${href})`;
  return url && url !== text ? `${label} (${escapeMarkdownInline(url)})` : label;
}

/** Each line of `text` prefixed with `> `, so multi-line quotes stay in one blockquote. */
export function blockquote(text: string): string {
  return splitLines(text)
    .map((line) => (line.trim() ? `> ${escapeMarkdown(line)}` : '>'))
    .join('\n');
}

/** A tag as `#tag`, with whitespace turned into hyphens so the tag stays one word. */
export function markdownTag(tag: string): string {
  return `#${escapeMarkdownInline(tag.trim().replace(/\s+/g, '-'))}`;
}
