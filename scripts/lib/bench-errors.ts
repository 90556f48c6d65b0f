import type { Detected } from './bench-accuracy';
import type { ExpectedArticle } from './fixtures';

/** What one system got wrong on one article, as readable strings ("Euan Baird|Euan", "percent|one in five"). */
export interface ArticleErrors {
  officials: { missed: string[]; spurious: string[] };
  figures: { missed: string[]; spurious: string[] };
}

/** Multiset difference both ways: expected keys nobody matched, and detected keys that matched nothing. */
function diff(expected: string[], detected: string[]): { missed: string[]; spurious: string[] } {
  const left = new Map<string, number>();
  for (const k of expected) left.set(k, (left.get(k) ?? 0) + 1);
  const spurious: string[] = [];
  for (const k of detected) {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else spurious.push(k);
  }
  const missed = [...left].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { missed, spurious };
}

/**
 * Lists the missed and spurious official mentions and figures of one article, keyed exactly as
 * `scoreArticle` matches them, so the lists explain the precision and recall it reports.
 */
export function articleErrors(expected: ExpectedArticle, detected: Detected): ArticleErrors {
  return {
    officials: diff(
      expected.officials.flatMap((o) => o.mentions.map((m) => `${o.name}|${m}`)),
      detected.officials.flatMap((o) => o.mentions.map((m) => `${o.name}|${m.text}`)),
    ),
    figures: diff(
      expected.figures.map((f) => `${f.kind}|${f.text}`),
      detected.figures.map((f) => `${f.kind}|${f.text}`),
    ),
  };
}
