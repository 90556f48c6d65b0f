import { HIGHLIGHT_COLORS, type HighlightColor } from '../model/annotation';
import { CATEGORY_IDS } from '../model/highlight-categories';
import type { HighlightKind } from './mark';

/** Attribute on <html> listing the categories to hide, space-separated ("official figure"). */
export const HIDE_ATTRIBUTE = 'data-council-lens-hide';

/** Default tints; each is a CSS variable on :root so settings can restyle them. */
export const DEFAULT_COLORS: Record<'official' | 'person' | 'figure' | HighlightColor, string> = {
  official: 'rgba(66, 133, 244, 0.18)',
  person: 'rgba(150, 110, 200, 0.14)',
  figure: 'rgba(52, 168, 83, 0.18)',
  yellow: 'rgba(255, 213, 0, 0.45)',
  green: 'rgba(76, 200, 90, 0.38)',
  blue: 'rgba(80, 160, 255, 0.38)',
  pink: 'rgba(255, 110, 180, 0.38)',
  orange: 'rgba(255, 150, 40, 0.42)',
};

/**
 * Note colours also differ by underline style, so they are told apart without colour vision; notes
 * draw a 3px line where the automatic highlights (official solid, figure dotted) draw 2px.
 * The user's colour goes in `data-council-lens-color` (dataset `{ color }`).
 */
const NOTE_LINES: Record<HighlightColor, string> = {
  yellow: 'double',
  green: 'dashed',
  blue: 'wavy',
  pink: 'solid',
  orange: 'dotted',
};

const M = 'council-lens-mark';

/**
 * True for hex colours (`#rgb`, `#rrggbb`, with alpha) and colour keywords (`red`): the only values
 * highlights accept, since neither can close a CSS rule or load anything.
 */
export function isSafeColor(value: unknown): value is string {
  return typeof value === 'string' && /^(?:#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|[a-z]{3,20})$/i.test(value);
}

/** The CSS variable name holding a category's tint. */
export function colorVariable(name: keyof typeof DEFAULT_COLORS): string {
  return `--council-lens-${name}`;
}

/**
 * CSS text for the highlights, for the <style> element the content script injects.
 * Nothing here changes layout: only background, text-decoration and box-shadow (no padding,
 * margin or border widths), so highlighting never moves text. Hiding a category (via HIDE_ATTRIBUTE
 * on <html>) turns every style of its elements off, leaving plain page text.
 */
export function highlightCss(colors: Partial<typeof DEFAULT_COLORS> = {}): string {
  // Colours come from settings, which an imported file can set: only a hex colour or keyword reaches the CSS,
  // so no value can close the rule and write its own (`red} body{…}`, `url(…)`).
  const safe = Object.fromEntries(Object.entries(colors).filter(([, v]) => isSafeColor(v)));
  const vars = Object.entries({ ...DEFAULT_COLORS, ...safe })
    .map(([k, v]) => `${colorVariable(k as keyof typeof DEFAULT_COLORS)}: ${v};`)
    .join(' ');
  const notes = HIGHLIGHT_COLORS.map(
    (c) =>
      `${M}[data-council-lens="note"][data-council-lens-color="${c}"] { background-color: var(${colorVariable(c)}); ` +
      `text-decoration-line: underline; text-decoration-style: ${NOTE_LINES[c]}; }`,
  );
  const hidden = CATEGORY_IDS.map(
    (k) =>
      `html[${HIDE_ATTRIBUTE}~="${k}"] ${M}[data-council-lens="${k}"] { background: none !important; ` +
      `text-decoration: none !important; box-shadow: none !important; outline: none !important; cursor: inherit; }`,
  );
  return [
    `:root { ${vars} }`,
    // A teammate's note (team sync): an outline besides its colour, so it differs without colour alone.
    `${M}[data-council-lens="note"][data-council-lens-team] { outline: 1px dashed rgba(60, 60, 60, 0.7); outline-offset: 1px; }`,
    `${M} { display: inline; color: inherit; font: inherit; cursor: pointer; ` + `-webkit-box-decoration-break: clone; box-decoration-break: clone; }`,
    `${M}[data-council-lens="official"] { background-color: var(${colorVariable('official')}); ` +
      `text-decoration: underline solid rgba(66, 133, 244, 0.9); text-decoration-thickness: 2px; text-underline-offset: 2px; }`,
    // Other people: a dashed line, so they differ from officials (solid) and figures (dotted) without colour.
    `${M}[data-council-lens="person"] { background-color: var(${colorVariable('person')}); ` +
      `text-decoration: underline dashed rgba(110, 70, 160, 0.85); text-decoration-thickness: 2px; text-underline-offset: 2px; }`,
    `${M}[data-council-lens="figure"] { background-color: var(${colorVariable('figure')}); ` +
      `text-decoration: underline dotted rgba(30, 130, 60, 0.95); ` +
      `text-decoration-thickness: 2px; text-underline-offset: 3px; }`,
    `${M}[data-council-lens="note"] { background-color: var(${colorVariable('yellow')}); ` +
      `text-decoration: underline double rgba(0, 0, 0, 0.55); text-decoration-thickness: 3px; text-underline-offset: 3px; }`,
    ...notes,
    `${M}:focus-visible { outline: 2px solid Highlight; outline: 2px solid -webkit-focus-ring-color; outline-offset: 1px; }`,
    `@media (forced-colors: active) { ${M} { forced-color-adjust: none; background-color: Mark; color: MarkText; } }`,
    ...hidden,
  ].join('\n');
}

/** The HIDE_ATTRIBUTE value for the categories a reader has switched off. */
export function hideAttributeValue(hidden: readonly HighlightKind[]): string {
  return [...new Set(hidden)].join(' ');
}
