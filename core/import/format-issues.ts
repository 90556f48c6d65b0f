/** Turns zod issues into short messages a reader can act on: where the problem is and what it is. */
import type { z } from 'zod';

/** How many problems a message lists before "and N more". */
export const MAX_LISTED_ISSUES = 5;

/** A path such as `data.annotations[12].target.quote.exact`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const k = String(key);
      out += /^[A-Za-z_$@][\w$@]*$/.test(k) ? (out ? `.${k}` : k) : `[${JSON.stringify(k)}]`;
    }
  }
  return out || '(top level)';
}

function article(type: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
  };
  return names[type] ?? type;
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'missing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'an object' : `a ${typeof input}`;
}

/** One issue as a phrase, without its path. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `missing (expected ${article(issue.expected)})`;
      return `expected ${article(issue.expected)}, found ${describeInput(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'string') return `too long (at most ${issue.maximum} characters)`;
      if (issue.origin === 'array') return `too many items (at most ${issue.maximum})`;
      return `too large (at most ${issue.maximum})`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `too short (at least ${issue.minimum} characters)`;
      if (issue.origin === 'array') return `too few items (at least ${issue.minimum})`;
      return `too small (at least ${issue.minimum})`;
    case 'invalid_value':
      return issue.values.length > 2
        ? `expected one of ${issue.values.map(String).join(', ')}`
        : `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      return `not a valid ${issue.format}`;
    case 'invalid_union':
      return 'not in any accepted form';
    case 'unrecognized_keys':
      return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

/** Lists up to MAX_LISTED_ISSUES issues as `path: problem`, one per line, with a count of the rest. */
export function formatIssues(all: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string {
  // One problem per place is enough to act on.
  const seen = new Set<string>();
  const issues = all.filter((i) => {
    const key = formatPath(i.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const lines = issues.slice(0, MAX_LISTED_ISSUES).map((i) => `${formatPath([...prefix, ...i.path])}: ${issueMessage(i)}`);
  if (issues.length > MAX_LISTED_ISSUES) lines.push(`…and ${issues.length - MAX_LISTED_ISSUES} more problems`);
  return lines.join('\n');
}
