/**
 * The page's highlight styles and which categories are shown. The CSS goes in one <style> we keep
 * a reference to (and add again if the page removes it); hiding a category sets an attribute on <html> that the CSS reads, so no highlight element is
 * touched when the reader toggles.
 */
import type { HighlightKind } from '@/core/highlight/mark';
import { CATEGORY_IDS } from '@/core/model/highlight-categories';
import { highlightCss, hideAttributeValue, HIDE_ATTRIBUTE } from '@/core/highlight/styles';
import type { Settings } from '@/core/model/records';

export const CATEGORIES: readonly HighlightKind[] = CATEGORY_IDS;

export class PageStyle {
  private readonly hidden = new Set<HighlightKind>();
  /** What was hidden before "hide all", to restore it. */
  private beforeHideAll: Set<HighlightKind> | null = null;
  private style: HTMLStyleElement | null = null;
  private colors: Partial<Settings['colors']> = {};

  constructor(private readonly doc: Document) {}

  /** Starts from the reader's settings: categories switched off there start hidden. */
  applySettings(settings: Settings): void {
    for (const kind of CATEGORIES) if (!settings.categories[kind]) this.hidden.add(kind);
    this.colors = settings.colors;
  }

  /** Adds the stylesheet once (again if the page removed it) and applies the hidden categories. */
  inject(): void {
    if (this.style?.isConnected) return;
    this.style = this.doc.createElement('style');
    this.style.textContent = highlightCss(this.colors);
    (this.doc.head ?? this.doc.documentElement).append(this.style);
    this.sync();
  }

  setVisible(kind: HighlightKind, visible: boolean): void {
    if (visible) this.hidden.delete(kind);
    else this.hidden.add(kind);
    this.sync();
  }

  /**
   * Hides every category, or, when all are hidden, shows again what was shown before (a category
   * the reader keeps off, such as other people, stays off).
   */
  toggleAll(): void {
    if (CATEGORIES.every((k) => this.hidden.has(k))) {
      const before = this.beforeHideAll ?? new Set<HighlightKind>();
      for (const kind of CATEGORIES) this.setVisible(kind, !before.has(kind));
      this.beforeHideAll = null;
    } else {
      this.beforeHideAll = new Set(this.hidden);
      for (const kind of CATEGORIES) this.setVisible(kind, false);
    }
  }

  /** Whether a category is hidden now (its marks show no card). */
  isHidden(kind: HighlightKind): boolean {
    return this.hidden.has(kind);
  }

  /** Which categories are hidden, for the popup. */
  hiddenMap(): Record<HighlightKind, boolean> {
    return Object.fromEntries(CATEGORIES.map((k) => [k, this.hidden.has(k)])) as Record<HighlightKind, boolean>;
  }

  private sync(): void {
    this.doc.documentElement.setAttribute(HIDE_ATTRIBUTE, hideAttributeValue([...this.hidden]));
  }
}
