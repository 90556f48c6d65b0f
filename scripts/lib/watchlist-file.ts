import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { WatchlistEntry } from '../../core/model/analysis';

const entrySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  role: z.string().nullable().optional(),
  party: z.string().nullable().optional(),
  ward: z.string().nullable().optional(),
  council: z.string().nullable().optional(),
});

/** Reads a watchlist JSON file (an array of WatchlistEntry). Throws an Error with a readable message. */
export function readWatchlistFile(path: string): WatchlistEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: cannot read watchlist: ${(err as Error).message}`);
  }
  const result = z.array(entrySchema).safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${path}: invalid watchlist at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'bad value'}`);
  }
  return result.data;
}
