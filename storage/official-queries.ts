/** The popup's officials list and per-official dossier. Only Dexie calls: usable with `liveQuery`. */
import { isOfficialRecord, type OfficialRecord, type WatchlistRecord } from '@/core/model/records';
import type { DossierEntry } from '@/core/model/views';
import type { CouncilLensDb } from './db';
import { toArticleRef } from './article-refs';
import { annotationsOnArticles } from './annotation-queries';
import { foldText, matchesAll, searchTerms } from './text-search';

/**
 * The records of one kind, off the `kind` index: resolving a page's officials (on every page load)
 * and saving an article need not read the other people, who outnumber officials as reading grows.
 */
export function officialsOfKind(db: CouncilLensDb, kind: 'official' | 'person'): Promise<OfficialRecord[]> {
  return db.officials.where('kind').equals(kind).toArray();
}

/** An official with the number of saved articles naming them and the latest such article's date. */
export interface OfficialSummary {
  official: OfficialRecord;
  articleCount: number;
  lastSeen: string | null;
}

/**
 * Officials with article counts, most-mentioned first (then by name). `text` keeps those whose
 * name, an alias or a role contains every word. Officials no saved article names any more are
 * included with a count of 0 only when `includeUnmentioned` is set. `kind` chooses officials (the
 * default), the other people articles name, or both.
 */
export async function listOfficials(
  db: CouncilLensDb,
  opts: { text?: string; includeUnmentioned?: boolean; kind?: 'official' | 'person' | 'both' } = {},
): Promise<OfficialSummary[]> {
  const kind = opts.kind ?? 'official';
  const terms = searchTerms(opts.text);
  const [officials, mentions] = await Promise.all([db.officials.toArray(), db.mentions.toArray()]);
  const stats = new Map<string, { count: number; last: string | null }>();
  for (const m of mentions) {
    const s = stats.get(m.officialId) ?? { count: 0, last: null };
    s.count += 1;
    if (!s.last || m.date > s.last) s.last = m.date;
    stats.set(m.officialId, s);
  }
  return officials
    .filter((o) => kind === 'both' || (kind === 'official') === isOfficialRecord(o))
    .filter((o) => terms.length === 0 || matchesAll(foldText([o.name, ...o.aliases, ...o.roles].join('\n')), terms))
    .map((official) => {
      const s = stats.get(official.id);
      return { official, articleCount: s?.count ?? 0, lastSeen: s?.last ?? null };
    })
    .filter((o) => opts.includeUnmentioned || o.articleCount > 0)
    .sort((a, b) => b.articleCount - a.articleCount || a.official.name.localeCompare(b.official.name));
}

export type { DossierEntry };

/** Everything saved about one official. */
export interface OfficialDossier {
  official: OfficialRecord;
  watchlist: WatchlistRecord | null;
  /** Oldest first, so the dossier reads as a timeline. */
  entries: DossierEntry[];
}

/** The dossier of an official: saved articles naming them in date order, with roles and notes. */
export async function officialDossier(db: CouncilLensDb, officialId: string): Promise<OfficialDossier | null> {
  const official = await db.officials.get(officialId);
  if (!official) return null;
  const watchlist = official.watchlistId ? ((await db.watchlist.get(official.watchlistId)) ?? null) : null;
  const mentions = await db.mentions.where('officialId').equals(officialId).sortBy('date');
  const articles = await db.articles.bulkGet(mentions.map((m) => m.articleId));
  const annotations = await annotationsOnArticles(
    db,
    mentions.map((m) => m.articleId),
  );
  const entries: DossierEntry[] = [];
  mentions.forEach((m, i) => {
    const article = articles[i];
    if (!article) return;
    entries.push({
      article: toArticleRef(article),
      date: m.date,
      role: m.role,
      forms: m.forms,
      annotations: annotations.filter((a) => a.articleId === m.articleId).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    });
  });
  return { official, watchlist, entries };
}
