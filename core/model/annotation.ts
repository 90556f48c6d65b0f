/**
 * W3C Web Annotation selectors, as Hypothesis stores them, and the reader's own annotations.
 * Positions in `TextPositionSelector` count UTF-16 units of the page text inside the extension;
 * exporters convert them to Unicode code points as the W3C model requires.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** Where an annotation sits on its page: both selectors are always kept together. */
export interface AnnotationTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /**
   * The same position counted in Unicode code points, as the W3C model counts it, taken when the
   * annotation was made (the page text is not kept, so it cannot be converted later). Absent on
   * annotations imported without a position.
   */
  codePoints?: { start: number; end: number };
}

/** Highlight colours a reader can choose; names rather than hex so themes can restyle them. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'orange'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** A reader's highlight or note. A highlight is an annotation with an empty note. */
export interface Annotation {
  /** UUID. */
  id: string;
  /** Id of the saved article (its canonical URL). */
  articleId: string;
  /** The page URL the annotation was made on. */
  url: string;
  target: AnnotationTarget;
  color: HighlightColor;
  note: string;
  tags: string[];
  /** ISO 8601 UTC. */
  createdAt: string;
  updatedAt: string;
  /** Set when the last visit could not place it on the page: kept, shown as an orphan. */
  orphanedAt?: string | null;
  /** True when the reader keeps this note to themselves: it is never written to a team document. */
  private?: boolean;
  /** A teammate's note (from team sync): their user id. Absent on the reader's own notes. */
  authorId?: string;
  /** The teammate's name as they chose to show it. */
  authorName?: string;
  /**
   * From team sync: the title of the note's article as the sending profile had it, shown when
   * this profile never saved that article (a teammate's story, or one read on another device).
   */
  articleTitle?: string;
}

/** The title to show for a note's article: the saved article's, else the one sync carried, else null. */
export function noteArticleTitle(note: Pick<Annotation, 'articleTitle'>, article: { title: string | null } | null | undefined): string | null {
  return article?.title ?? note.articleTitle ?? null;
}
