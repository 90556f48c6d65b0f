/**
 * The highlight categories a reader can switch on and off, in the order the popup and options list
 * them: the one list to change when a category is added. Settings, the backup schema, the page
 * styles and both sets of switches read it.
 */
// prettier-ignore
export const HIGHLIGHT_CATEGORIES = [
  { id: 'official', label: 'Officials', on: true },
  // Off by default: most readers want the officials; the rest is there for whoever wants everyone named.
  { id: 'person', label: 'Other people', on: false },
  { id: 'figure', label: 'Figures', on: true },
  { id: 'note', label: 'My highlights and notes', on: true },
] as const;

/** Categories of highlight that can be switched on and off. */
export type HighlightCategory = (typeof HIGHLIGHT_CATEGORIES)[number]['id'];

/** Every category id, in list order. */
export const CATEGORY_IDS: readonly HighlightCategory[] = HIGHLIGHT_CATEGORIES.map((c) => c.id);

/** Which categories show on a new install. */
export function defaultCategories(): Record<HighlightCategory, boolean> {
  return Object.fromEntries(HIGHLIGHT_CATEGORIES.map((c) => [c.id, c.on])) as Record<HighlightCategory, boolean>;
}

/** What the reader sees for a category. */
export function categoryLabel(id: HighlightCategory): string {
  return HIGHLIGHT_CATEGORIES.find((c) => c.id === id)!.label;
}
