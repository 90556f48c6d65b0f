/**
 * Zod schemas of every message the background accepts, checked at the boundary before any handler
 * runs (as imported files are): a content script runs beside a hostile page, so what it sends is
 * treated as untrusted input. Unknown keys are dropped; the handler sees only the parsed value.
 */
import { z } from 'zod';
import { annotationSchema, storedFigureSchema } from '@/core/import/backup-schema';
import { LIMITS } from '@/core/import/limits';
import type { BackgroundProtocol } from './protocol';

/** Most items in a list inside one message: an article names dozens of officials, not thousands. */
export const MESSAGE_ITEMS = 5_000;

const short = z.string().max(LIMITS.short);
const url = z.string().min(1).max(LIMITS.url);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MESSAGE_ITEMS);

const submittedOfficial = z.object({
  name: short.min(1),
  role: short.nullable(),
  watchlistId: short.nullable(),
  forms: list(short),
});

/** An article as a content script submits it. */
export const articleSubmissionSchema = z.object({
  id: url,
  url,
  title: z.string().max(LIMITS.text).nullable(),
  siteName: short.nullable(),
  byline: short.nullable(),
  publishedTime: short.nullable(),
  textHash: short,
  officials: list(submittedOfficial),
  people: list(submittedOfficial).optional(),
  figures: list(storedFigureSchema),
  auto: z.boolean(),
});

const noData = z.undefined();

/** A page opening: its serialised HTML and its address, and whether the reader asked for it. */
const openPageSchema = z.object({ html: z.string().max(LIMITS.pageHtml), url, force: z.boolean() });

/** The data schema of each background message, by name. */
export const MESSAGE_SCHEMAS = {
  openPage: openPageSchema,
  getPageContext: z.object({ articleId: url, officials: list(submittedOfficial), figureKeys: list(short) }),
  rememberArticle: articleSubmissionSchema,
  saveAnnotation: z.object({ annotation: annotationSchema, article: articleSubmissionSchema }),
  deleteAnnotation: short.min(1),
  setOrphans: z.object({ articleId: url, orphaned: list(short), placed: list(short) }),
  syncStatus: noData,
  syncConnect: z.object({ url, token: z.string().min(1).max(LIMITS.text), name: short }),
  syncDisconnect: noData,
} satisfies { [K in keyof BackgroundProtocol]: z.ZodType };

/** A background message name. */
export type MessageName = keyof typeof MESSAGE_SCHEMAS;

/** True for a name the background answers. */
export function isMessageName(name: unknown): name is MessageName {
  return typeof name === 'string' && Object.hasOwn(MESSAGE_SCHEMAS, name);
}
