/**
 * Read-only shapes of the reading room (dashboard and side panel): what storage's dashboard,
 * timeline and figure-series queries return and the dashboard's components display. Declared in
 * core so components depend on neither storage nor Dexie.
 */
import type { Annotation } from './annotation';
import type { FigureKind } from './figure-kinds';
import type { ArticleRef } from './views';

/** One note as the dashboard lists it: with its article, and the date it is filed under. */
export interface DashboardNote {
  annotation: Annotation;
  article: ArticleRef | null;
  /** The article's published (else saved) date; the note's own date when the article is gone. ISO. */
  date: string;
}

/**
 * Whose a note is, once team sync exists. Sync is being built separately: until it provides an
 * {@link OwnerOf}, the dashboard shows no mine/team facet rather than a filter that does nothing.
 */
export type NoteOwner = 'mine' | 'team';

/** Tells a note's owner; supplied by team sync when it is switched on. */
export type OwnerOf = (annotation: Annotation) => NoteOwner;

/** The dashboard's facets; null or '' means "any". Every facet given must hold. */
export interface NoteFacets {
  /** Words that must all appear in the quote, note, tags or article title (case and accents ignored). */
  text: string;
  site: string | null;
  /** Notes on articles naming this official, or whose quote names them. */
  officialId: string | null;
  /** A tag, case ignored. */
  tag: string | null;
  /** First and last day of the article date, `YYYY-MM-DD`, both included. */
  from: string | null;
  to: string | null;
  /** Notes whose quote holds a figure of this kind (as the analysis found it in the article). */
  figureKind: FigureKind | null;
  /** Only with an {@link OwnerOf}: 'all', or the reader's own notes, or the team's. */
  owner: 'all' | NoteOwner;
}

/** No facet set. */
export const NO_FACETS: NoteFacets = { text: '', site: null, officialId: null, tag: null, from: null, to: null, figureKind: null, owner: 'all' };

/** Orders the dashboard offers. */
export type NoteSort = 'newest' | 'oldest' | 'article-newest' | 'article-oldest';

/** Choices for the facet menus, with how many notes each has (null while not yet counted). */
export interface FacetChoices {
  sites: { value: string; count: number | null }[];
  tags: { value: string; count: number | null }[];
  officials: { id: string; name: string; count: number | null }[];
  figureKinds: { value: FigureKind; count: number | null }[];
}

/** Articles naming an official in one calendar month. */
export interface MonthCount {
  /** `YYYY-MM` */
  month: string;
  articles: ArticleRef[];
}

/** A role the articles gave an official, over the stretch of articles that gave it. */
export interface RoleSpan {
  role: string;
  /** Dates of the first and last article giving it, ISO. */
  first: string;
  last: string;
  articles: number;
}

/** An article that names the official, with the role it gave. */
export interface TimelineArticle {
  article: ArticleRef;
  date: string;
  role: string | null;
}

/** Another official named in the same articles. */
export interface CoNamedOfficial {
  id: string;
  name: string;
  /** Articles naming both. */
  articles: number;
}

/** Everything the dashboard's page on one official shows. */
export interface OfficialTimeline {
  official: { id: string; name: string; roles: string[] };
  /** Every month from the first article to the last, empty months included. */
  months: MonthCount[];
  /** Oldest first. */
  roles: RoleSpan[];
  /** Oldest first. */
  articles: TimelineArticle[];
  /** Notes whose quote names the official (any of the article's forms or the official's aliases). */
  quotes: DashboardNote[];
  /** The reader's other notes on articles naming them. */
  notes: DashboardNote[];
  /** Most articles in common first; at most ten. */
  coNamed: CoNamedOfficial[];
}

/** One article's figure on a figures chart. */
export interface FigurePoint {
  article: ArticleRef;
  date: string;
  /** As the article wrote it ("£4.2m"). */
  text: string;
  value: number | string | null;
  unit: string | null;
}

/** Figures the reader's articles share. */
export interface FigureSeries {
  id: string;
  /** The normalised value ("£4,200,000") or the reader's tag ("budget gap"). */
  label: string;
  kind: FigureKind;
  unit: string | null;
  /** 'value': the same kind, value and unit in several articles; 'tag': figures quoted in notes with the same tag. */
  basis: 'value' | 'tag';
  /** Oldest first, one per article. */
  points: FigurePoint[];
}
