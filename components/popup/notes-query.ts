/** The Notes tab's search and filters, owned by the entrypoint so it can query storage with them. */
import type { Annotation } from '@/core/model/annotation';
import type { ArticleRef } from '@/messaging/protocol';

/** Search text plus optional tag, site, official and author filters (null = any). */
export interface NotesQuery {
  text: string;
  tag: string | null;
  site: string | null;
  officialId: string | null;
  /** 'mine' or 'team' (teammates' notes from team sync); absent or null = both. */
  author?: 'mine' | 'team' | null;
}

/** The empty query: everything. */
export const EMPTY_QUERY: NotesQuery = { text: '', tag: null, site: null, officialId: null, author: null };

/** An annotation with the article context the list shows beside it. */
export interface NoteListItem {
  annotation: Annotation;
  /** The saved article, or null when it has been forgotten. */
  article: ArticleRef | null;
}

/** Choices for the filter selects. */
export interface NotesFilterOptions {
  tags: string[];
  sites: string[];
  officials: { id: string; name: string }[];
}
