/** Validation helpers for importers: a failure carries a message ready to show the reader. */
import type { z } from 'zod';
import { formatIssues } from './format-issues';

/** An import problem whose message names the place and the problem. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/**
 * Parses `value` with `schema` or throws an ImportError listing the problems, with `path` (where the
 * value sits in the file) in front of each.
 */
export function check<T extends z.ZodType>(schema: T, value: unknown, path: readonly PropertyKey[]): z.output<T> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  throw new ImportError(formatIssues(result.error.issues, path));
}
