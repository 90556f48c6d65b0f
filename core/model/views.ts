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
