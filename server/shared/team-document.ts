/**
 * The shape of a team's shared Yjs document, for the server and the extension alike.
 *
 * One document per team, named `team/<team id>`. Its top-level types are the Y.Maps named in
 * `TEAM_DOC`; each record is a nested Y.Map keyed by the record's id (the same id as in the
 * extension's own tables), so two devices adding different records never conflict. Field-level
 * shapes are documented in server/README.md ("The team document"). This module imports nothing at
 * runtime (only yjs types), so the extension, the server and tests can all use it.
 */
import type * as Y from 'yjs';

/** Every team document's name starts with this. */
export const TEAM_DOCUMENT_PREFIX = 'team/';

/** What a team id may look like: short, URL- and file-safe, no slash. */
export const TEAM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Bumped when a field changes meaning; readers ignore what they do not know. */
export const TEAM_DOC_SCHEMA_VERSION = 1;

/** Names of the top-level shared types in a team document. */
export const TEAM_DOC = {
  /** Y.Map<id, Y.Map>: the team's shared notes and highlights (never private ones). */
  notes: 'notes',
  /** Y.Map<id, Y.Map>: manual links between notes and articles. */
  links: 'links',
  /** Y.Map<id, Y.Map>: the team watchlist (people watched by the whole team). */
  watchlist: 'watchlist',
  /** Y.Map<`${collection}:${id}`, ISO time>: deletions; a record with a tombstone never comes back. */
  tombstones: 'tombstones',
  /** Y.Map: `schema` (number) and `teamId` (string). */
  meta: 'meta',
} as const;

/** A collection of records in the team document. */
export type TeamCollection = 'notes' | 'links' | 'watchlist';

/** Field names of a note record (a nested Y.Map). `text` is a Y.Text so edits merge as text. */
export const NOTE_FIELDS = ['articleId', 'url', 'title', 'target', 'color', 'text', 'tags', 'authorId', 'authorName', 'createdAt', 'updatedAt'] as const;

/** Field names of a link record. */
export const LINK_FIELDS = ['from', 'to', 'note', 'articleIds', 'authorId', 'createdAt', 'updatedAt'] as const;

/** Field names of a watchlist record. */
export const WATCHLIST_FIELDS = ['name', 'aliases', 'role', 'party', 'ward', 'council', 'addedBy', 'createdAt', 'updatedAt'] as const;

/** The document name for a team, or throws on an id that could not be a team id. */
export function teamDocumentName(teamId: string): string {
  if (!TEAM_ID_PATTERN.test(teamId)) throw new Error(`Not a valid team id: ${JSON.stringify(teamId)}`);
  return TEAM_DOCUMENT_PREFIX + teamId;
}

/** The team id named by a document name, or null when the name is not a team document's. */
export function teamIdFromDocumentName(name: string): string | null {
  if (!name.startsWith(TEAM_DOCUMENT_PREFIX)) return null;
  const id = name.slice(TEAM_DOCUMENT_PREFIX.length);
  return TEAM_ID_PATTERN.test(id) ? id : null;
}

/** The key of a record's tombstone in `TEAM_DOC.tombstones`. */
export function tombstoneKey(collection: TeamCollection, id: string): string {
  return `${collection}:${id}`;
}

/** The top-level shared types of a team document, typed. Creating them is idempotent in Yjs. */
export function teamMaps(doc: Y.Doc): {
  notes: Y.Map<Y.Map<unknown>>;
  links: Y.Map<Y.Map<unknown>>;
  watchlist: Y.Map<Y.Map<unknown>>;
  tombstones: Y.Map<string>;
  meta: Y.Map<unknown>;
} {
  return {
    notes: doc.getMap(TEAM_DOC.notes),
    links: doc.getMap(TEAM_DOC.links),
    watchlist: doc.getMap(TEAM_DOC.watchlist),
    tombstones: doc.getMap(TEAM_DOC.tombstones),
    meta: doc.getMap(TEAM_DOC.meta),
  };
}
