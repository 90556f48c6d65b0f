/**
 * The dashboard's facets and sorts over the in-memory index (`dashboard-notes.ts`). Pure: no
 * database, so a facet change costs one pass over the notes and no round trip.
 */
import type { DashboardNote, NoteFacets, NoteSort, OwnerOf } from '@/core/model/reading-room';
import type { DashboardIndex, IndexedNote } from './dashboard-notes';
import { foldText, searchTerms } from './text-search';

/** Code-unit order, as IndexedDB compares strings. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sort comparators; ties go to the newer note, then the id, so every order is total. */
const ORDERS: Record<NoteSort, (a: IndexedNote, b: IndexedNote) => number> = {
  newest: (a, b) => cmp(b.note.annotation.createdAt, a.note.annotation.createdAt) || cmp(b.note.annotation.id, a.note.annotation.id),
  oldest: (a, b) => cmp(a.note.annotation.createdAt, b.note.annotation.createdAt) || cmp(a.note.annotation.id, b.note.annotation.id),
  'article-newest': (a, b) => cmp(b.note.date, a.note.date) || ORDERS.newest(a, b),
  'article-oldest': (a, b) => cmp(a.note.date, b.note.date) || ORDERS.newest(a, b),
};

/** Labels of the sorts, in menu order. */
export const SORT_LABELS: Record<NoteSort, string> = {
  newest: 'Newest note first',
  oldest: 'Oldest note first',
  'article-newest': 'Newest article first',
  'article-oldest': 'Oldest article first',
};

/** The index's notes in `sort` order; the index is already newest first, other orders are sorted once and kept. */
const sortedCache = new WeakMap<DashboardIndex, Map<NoteSort, IndexedNote[]>>();
function sorted(index: DashboardIndex, sort: NoteSort): IndexedNote[] {
  if (sort === 'newest') return index.notes;
  const cache = sortedCache.get(index) ?? new Map<NoteSort, IndexedNote[]>();
  sortedCache.set(index, cache);
  let list = cache.get(sort);
  if (!list) {
    list = [...index.notes].sort(ORDERS[sort]);
    cache.set(sort, list);
  }
  return list;
}

/** A predicate for each facet that is set; none for facets left at "any". */
function predicates(index: DashboardIndex, facets: NoteFacets, ownerOf: OwnerOf | undefined): ((n: IndexedNote) => boolean)[] {
  const tests: ((n: IndexedNote) => boolean)[] = [];
  const terms = searchTerms(facets.text);
  if (terms.length > 0) tests.push((n) => terms.every((t) => n.haystack.includes(t)));
  if (facets.site) {
    const site = facets.site;
    tests.push((n) => n.site === site);
  }
  if (facets.tag) {
    const tag = foldText(facets.tag.trim());
    tests.push((n) => n.tags.includes(tag));
  }
  if (facets.officialId) {
    const articles = index.officialArticles.get(facets.officialId) ?? new Set<string>();
    const names = index.officialNames.get(facets.officialId) ?? [];
    tests.push((n) => articles.has(n.note.annotation.articleId) || names.some((name) => n.quote.includes(name)));
  }
  // Dates compare as text: ISO strings sort as they read, and `to` takes in its whole day.
  if (facets.from) {
    const from = facets.from;
    tests.push((n) => n.note.date >= from);
  }
  if (facets.to) {
    const to = `${facets.to}\uffff`;
    tests.push((n) => n.note.date <= to);
  }
  if (facets.figureKind) {
    const kind = facets.figureKind;
    tests.push((n) => n.figureKinds.includes(kind));
  }
  if (ownerOf && facets.owner !== 'all') {
    const owner = facets.owner;
    tests.push((n) => ownerOf(n.note.annotation) === owner);
  }
  return tests;
}

/**
 * The notes matching every facet, in `sort` order. `ownerOf` comes from team sync when it exists;
 * without it the owner facet is ignored (there is only the reader's own notes).
 */
export function filterNotes(index: DashboardIndex, facets: NoteFacets, sort: NoteSort, ownerOf?: OwnerOf): DashboardNote[] {
  const tests = predicates(index, facets, ownerOf);
  const out: DashboardNote[] = [];
  for (const n of sorted(index, sort)) if (tests.every((t) => t(n))) out.push(n.note);
  return out;
}
