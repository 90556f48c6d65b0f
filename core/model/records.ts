/**
 * The records the extension keeps in IndexedDB. They live in `core/` (not `storage/`) because the
 * export and import formats and the components read them too, and none of those may import Dexie.
 */
import type { Figure, FigureKind } from './analysis';

/** A remembered article. Its id is the canonical URL. The full text is never stored. */
export interface ArticleRecord {
  id: string;
  url: string;
  title: string | null;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  /** `hashText()` of the article text, to notice that a page has changed. */
  textHash: string;
  /** Figures found, without offsets into a text we do not keep. */
  figures: StoredFigure[];
  /** `figureKey()` of each figure, indexed for "same figure elsewhere". */
  figureKeys: string[];
  /** Ids of the officials named, indexed for "same person elsewhere". */
  officialIds: string[];
  /** True when remembered automatically (a news site), false when the reader saved or annotated it. */
  auto: boolean;
  savedAt: string;
  updatedAt: string;
}

export type StoredFigure = Pick<Figure, 'text' | 'kind' | 'value' | 'unit'>;

/** A canonical person across articles. */
export interface OfficialRecord {
  /** Stable id: the watchlist id when matched, otherwise derived from the normalised name. */
  id: string;
  name: string;
  aliases: string[];
  roles: string[];
  watchlistId: string | null;
  /**
   * 'official' (a councillor, officer, MP...) or 'person' (anyone else the article names). Absent
   * only on records from before schema version 2, which the upgrade marks 'official'.
   */
  kind?: 'official' | 'person';
  updatedAt: string;
}

/** Is this record an official (not one of the other people an article names)? */
export function isOfficialRecord(o: Pick<OfficialRecord, 'kind'>): boolean {
  return (o.kind ?? 'official') === 'official';
}

/** One official named in one article. */
export interface MentionRecord {
  /** `${officialId}|${articleId}` */
  id: string;
  officialId: string;
  articleId: string;
  /** Surface forms as they appeared ("Cllr Clancy", "Mr Clancy's"). */
  forms: string[];
  role: string | null;
  count: number;
  /** Article published time or, failing that, saved time: for date-ordered dossiers. */
  date: string;
}

export type LinkEnd = { type: 'article' | 'annotation'; id: string };

/** A link the reader made between an annotation and another article or annotation. */
export interface LinkRecord {
  id: string;
  from: LinkEnd;
  to: LinkEnd;
  /** Free text: "follow-up", "contradicts"... */
  note: string;
  /** Article ids of both ends, indexed so deleting an article removes its links. */
  articleIds: string[];
  createdAt: string;
  /** Last change (re-noted, restored); newer wins on import and sync. v1 links had none: = createdAt. */
  updatedAt: string;
}

/** A person the reader watches, usually imported from a council's CSV. */
export interface WatchlistRecord {
  id: string;
  name: string;
  aliases: string[];
  role: string | null;
  party: string | null;
  ward: string | null;
  council: string | null;
  createdAt: string;
  updatedAt: string;
}

export type { HighlightCategory } from './highlight-categories';
import type { HighlightCategory } from './highlight-categories';

/** Reader preferences. Stored as one row under the key "settings". */
export interface Settings {
  /** Host names (and their subdomains) where the extension runs automatically. */
  sites: string[];
  /** Remember articles on the site list automatically. */
  autoRemember: boolean;
  categories: Record<HighlightCategory, boolean>;
  /** CSS colours for the automatic highlight categories. */
  colors: { official: string; figure: string };
}

/** A key that identifies "the same figure" across articles: kind plus normalised value and unit. */
export function figureKey(f: { kind: FigureKind; value: number | string | null; unit: string | null }): string {
  return `${f.kind}:${f.value ?? ''}:${f.unit ?? ''}`;
}
