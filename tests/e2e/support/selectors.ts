/**
 * What the extension puts in a page, as the end-to-end tests find it: one place to change when the
 * markup changes.
 */

/** The element hosting the extension's overlay (hover cards, selection toolbar, note editor). */
export const OVERLAY_HOST = 'council-lens-ui';

/** Highlights of each kind in the article. */
export const MARK = {
  any: 'council-lens-mark',
  official: 'council-lens-mark[data-council-lens="official"]',
  figure: 'council-lens-mark[data-council-lens="figure"]',
  note: 'council-lens-mark[data-council-lens="note"]',
} as const;
