/**
 * The three shared collections, each described once: which local table mirrors it, how a local
 * record becomes a team-document record and back (validated with the backup file's schemas: a
 * teammate's data is input like an imported file), and what is never shared.
 */
import type { TeamCollection } from '@/server/shared/team-document';
import { annotationSchema, linkSchema, watchlistSchema } from '@/core/import/backup-schema';
import type { Annotation } from '@/core/model/annotation';
import type { LinkRecord, WatchlistRecord } from '@/core/model/records';
import type { SharedRecord, SharedTable } from '@/storage/sync-apply';
import type { PlainRecord } from './team-records';

/** Who this profile is in the team (from the token) and the name teammates see. */
export interface SyncIdentity {
  userId: string;
  name: string;
}

/** What a collection's conversions may need besides the record. */
export interface ConvertContext {
  me: SyncIdentity;
  /** Article titles by article id (notes carry their article's title as metadata). */
  titles: Map<string, string | null>;
  /** Ids of private notes (a link touching one is not shared either). */
  privateNotes: Set<string>;
}

/** One shared collection. */
export interface CollectionSpec<T extends SharedTable> {
  collection: TeamCollection;
  table: T;
  /** Has a text merged as text (notes). */
  hasText: boolean;
  /** Fields written only when the record is created (who made it). */
  createOnly: readonly string[];
  shareable(record: SharedRecord<T>, ctx: ConvertContext): boolean;
  toShared(record: SharedRecord<T>, ctx: ConvertContext): PlainRecord;
  /** The local record for a document record, or null when it is not valid. */
  fromShared(id: string, shared: PlainRecord, ctx: ConvertContext): SharedRecord<T> | null;
  /** The local record's text (notes only). */
  textOf?(record: SharedRecord<T>): string;
}

const notes: CollectionSpec<'annotations'> = {
  collection: 'notes',
  table: 'annotations',
  hasText: true,
  createOnly: [],
  shareable: (a) => !a.private,
  toShared: (a, ctx) => ({
    articleId: a.articleId,
    url: a.url,
    title: ctx.titles.get(a.articleId) ?? a.articleTitle ?? null,
    target: a.target,
    color: a.color,
    text: a.note,
    tags: a.tags,
    authorId: a.authorId ?? ctx.me.userId,
    authorName: a.authorName ?? ctx.me.name,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  }),
  fromShared: (id, s, ctx) => {
    const mine = s.authorId === ctx.me.userId;
    const parsed = annotationSchema.safeParse({
      id,
      articleId: s.articleId,
      url: s.url,
      target: s.target,
      color: s.color,
      note: s.text ?? '',
      tags: s.tags ?? [],
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      ...(typeof s.title === 'string' && s.title ? { articleTitle: s.title } : {}),
      ...(mine || typeof s.authorId !== 'string' ? {} : { authorId: s.authorId, authorName: typeof s.authorName === 'string' ? s.authorName : s.authorId }),
    });
    return parsed.success ? (parsed.data as Annotation) : null;
  },
  textOf: (a) => a.note,
};

const links: CollectionSpec<'links'> = {
  collection: 'links',
  table: 'links',
  hasText: false,
  createOnly: ['authorId'],
  shareable: (l, ctx) => ![l.from, l.to].some((end) => end.type === 'annotation' && ctx.privateNotes.has(end.id)),
  toShared: (l, ctx) => ({
    from: l.from,
    to: l.to,
    note: l.note,
    articleIds: l.articleIds,
    authorId: ctx.me.userId,
    createdAt: l.createdAt,
    updatedAt: l.updatedAt,
  }),
  fromShared: (id, s) => {
    const parsed = linkSchema.safeParse({
      id,
      from: s.from,
      to: s.to,
      note: s.note ?? '',
      articleIds: s.articleIds ?? [],
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    });
    return parsed.success ? (parsed.data as LinkRecord) : null;
  },
};

const watchlist: CollectionSpec<'watchlist'> = {
  collection: 'watchlist',
  table: 'watchlist',
  hasText: false,
  createOnly: ['addedBy'],
  shareable: () => true,
  toShared: (w, ctx) => ({
    name: w.name,
    aliases: w.aliases,
    role: w.role,
    party: w.party,
    ward: w.ward,
    council: w.council,
    addedBy: ctx.me.userId,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
  }),
  fromShared: (id, s) => {
    const parsed = watchlistSchema.safeParse({
      id,
      name: s.name,
      aliases: s.aliases ?? [],
      role: s.role ?? null,
      party: s.party ?? null,
      ward: s.ward ?? null,
      council: s.council ?? null,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    });
    return parsed.success ? (parsed.data as WatchlistRecord) : null;
  },
};

/** Every shared collection, in the order they are reconciled (notes before the links to them). */
export const COLLECTIONS = [notes, links, watchlist] as const;

/** Any collection spec. */
export type AnyCollection = (typeof COLLECTIONS)[number];
