/**
 * Zod schema of a Council Lens backup (version 1). Everything is checked before anything is written:
 * types, string lengths, array sizes and enumerations, so a corrupt or hostile file is refused whole.
 */
import { z } from 'zod';
import { FIGURE_KIND_NAMES, figureKind } from '../model/figure-kinds';
import { isSafeColor } from '../highlight/styles';
import { HIGHLIGHT_COLORS } from '../model/annotation';
import { HIGHLIGHT_CATEGORIES, type HighlightCategory } from '../model/highlight-categories';
import { LIMITS } from './limits';

const short = z.string().max(LIMITS.short);
const url = z.string().max(LIMITS.url);
const text = z.string().max(LIMITS.text);
const timestamp = short.refine((s) => !Number.isNaN(Date.parse(s)), { message: 'expected a date and time' });
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.items);
// Bounds before the integer check, so an absurd number gets one clear message, not a safe-integer one.
const whole = (max: number) => z.number().min(0).max(max).refine(Number.isInteger, { message: 'expected a whole number' });
const offset = whole(LIMITS.offset);

/** Schema of a figure as stored on an article (also checks what a content script submits). */
export const storedFigureSchema = z
  .object({
    text: short,
    kind: z.enum(FIGURE_KIND_NAMES),
    value: z.union([z.number(), short, z.null()]),
    unit: short.nullable(),
  })
  .refine((f) => f.value === null || figureKind(f.kind)?.valid(f.value, f.unit), {
    message: 'value or unit not valid for this kind of figure',
  });

const article = z.object({
  id: url,
  url,
  title: text.nullable(),
  siteName: short.nullable(),
  byline: short.nullable(),
  publishedTime: short.nullable(),
  textHash: short,
  figures: list(storedFigureSchema),
  figureKeys: list(short),
  officialIds: list(short),
  auto: z.boolean(),
  savedAt: timestamp,
  updatedAt: timestamp,
});

const official = z.object({
  id: short,
  name: short,
  aliases: list(short),
  roles: list(short),
  watchlistId: short.nullable(),
  // Backups made before schema v2 kept only officials.
  kind: z.enum(['official', 'person']).default('official'),
  updatedAt: timestamp,
});

const mention = z.object({
  id: z.string().max(LIMITS.short + LIMITS.url),
  officialId: short,
  articleId: url,
  forms: list(short),
  role: short.nullable(),
  count: whole(LIMITS.offset),
  date: short,
});

/** Schema of the reader's annotation record, shared with the W3C importer's output check. */
export const annotationSchema = z.object({
  id: short,
  articleId: url,
  url,
  target: z.object({
    quote: z.object({ type: z.literal('TextQuoteSelector'), exact: text.min(1), prefix: text, suffix: text }),
    position: z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset }),
    codePoints: z.object({ start: offset, end: offset }).optional(),
  }),
  color: z.enum(HIGHLIGHT_COLORS),
  note: text,
  tags: list(short),
  createdAt: timestamp,
  updatedAt: timestamp,
  orphanedAt: timestamp.nullable().optional(),
  private: z.boolean().optional(),
  authorId: short.optional(),
  authorName: short.optional(),
  articleTitle: text.optional(),
});

const linkEnd = z.object({ type: z.enum(['article', 'annotation']), id: url });
const link = z
  .object({
    id: short,
    from: linkEnd,
    to: linkEnd,
    note: text,
    articleIds: list(url),
    createdAt: timestamp,
    // Backups made before schema v2 have no updatedAt: the link has not changed since it was made.
    updatedAt: timestamp.optional(),
  })
  .transform(({ updatedAt, ...rest }) => ({ ...rest, updatedAt: updatedAt ?? rest.createdAt }));

const watch = z.object({
  id: short,
  name: short,
  aliases: list(short),
  role: short.nullable(),
  party: short.nullable(),
  ward: short.nullable(),
  council: short.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** A link and a watchlist entry, as a backup or a team document carries them. */
export const linkSchema = link;
export const watchlistSchema = watch;

const hexColor = z.string().refine(isSafeColor, 'expected a colour such as #cfe3ff');

const settings = z.object({
  sites: list(short),
  autoRemember: z.boolean(),
  // Built from the category registry; a category added later defaults to its install value, so
  // backups made before it existed still import.
  categories: z.object(
    Object.fromEntries(HIGHLIGHT_CATEGORIES.map((c) => [c.id, z.boolean().default(c.on)])) as Record<HighlightCategory, z.ZodDefault<z.ZodBoolean>>,
  ),
  colors: z.object({ official: hexColor, figure: hexColor }),
});

/** Schema of the `data` part of a backup: every table. */
export const exportDataSchema = z.object({
  articles: list(article),
  officials: list(official),
  mentions: list(mention),
  annotations: list(annotationSchema),
  links: list(link),
  watchlist: list(watch),
  settings: settings.nullable(),
});

/** Schema of a version-1 backup file (format and version are checked before, for clearer messages). */
export const backupFileSchema = z.object({
  format: z.literal('council-lens-backup'),
  version: z.literal(1),
  exportedAt: timestamp,
  data: exportDataSchema,
});
