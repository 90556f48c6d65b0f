/**
 * Read-only shapes that storage queries return and components display. Declared here, beside the
 * records, so components depend on neither storage nor Dexie.
 */
import type { Annotation } from './annotation';

/** A saved article as other views link to it (hover cards, dossiers, related lists). */
export interface ArticleRef {
  id: string;
  url: string;
  title: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/** One article in an official's dossier, with the role the article gave and the reader's notes on it. */
export interface DossierEntry {
  article: ArticleRef;
  /** Published (or saved) date, ISO. */
  date: string;
  role: string | null;
  /** How the article wrote the name ("Cllr Okonjo", "Ms Okonjo"). */
  forms: string[];
  annotations: Annotation[];
}

/** One end of a reader's link as the popup shows it: an article, or a note (its quote as title). */
export interface LinkEndView {
  type: 'article' | 'annotation';
  id: string;
  /** The article's title, or the annotation's quote clipped to about 80 characters. */
  title: string;
  /** The article's URL (for an annotation, the page it was made on); null when unknown. */
  url: string | null;
  siteName: string | null;
  /** For an annotation: the title of its article, when that is still saved. */
  context: string | null;
}

/** A link of one note, seen from that note. */
export interface LinkView {
  id: string;
  /** 'outgoing' when the note is the link's `from` end, 'incoming' when it is the `to` end. */
  direction: 'outgoing' | 'incoming';
  other: LinkEndView;
  note: string;
  createdAt: string;
}

/** Something a note can be linked to, with the date it is ordered by (saved or created). */
export interface LinkTargetView extends LinkEndView {
  date: string;
}
