import type { Figure, Person } from '../../core/model/analysis';
import type { ExpectedArticle } from './fixtures';
import { type Score, scoreMultiset } from './score';

/** What a system found in one article, reduced to what the benchmark compares. */
export interface Detected {
  officials: Pick<Person, 'name' | 'mentions'>[];
  /** With `value` and `unit` when the system gives them (compromise gives neither). */
  figures: (Pick<Figure, 'text' | 'kind'> & Partial<Pick<Figure, 'value' | 'unit'>>)[];
}

/** Accuracy of one system on one article. */
export interface ArticleAccuracy {
  officials: Score;
  figures: Score;
  /** Expected officials named in two or more ways, and how many of them land in one detected official. */
  coref: { eligible: number; linked: number };
  /** Figures found with the expected text and kind, and how many of those also have its value and unit. */
  values: { matched: number; right: number };
}

/** Official mentions match on canonical name + mention text (as multisets). */
const officialKeys = (officials: { name: string; mentions: { text: string }[] | string[] }[]): string[] =>
  officials.flatMap((o) => o.mentions.map((m) => `${o.name}|${typeof m === 'string' ? m : m.text}`));

/**
 * Share of expected officials with at least two distinct surface forms all of whose forms appear
 * among one detected official's mentions (co-reference: "Daniel Rogers" ... "Mr Rogers" ... "Daniel").
 */
function coreference(expected: ExpectedArticle, detected: Detected): ArticleAccuracy['coref'] {
  let eligible = 0;
  let linked = 0;
  for (const official of expected.officials) {
    const forms = new Set(official.mentions);
    if (forms.size < 2) continue;
    eligible++;
    const hit = detected.officials.some((d) => {
      const got = new Set(d.mentions.map((m) => m.text));
      return [...forms].every((f) => got.has(f));
    });
    if (hit) linked++;
  }
  return { eligible, linked };
}

/**
 * Of the expected figures found (same kind and text, taken in order), how many carry the expected
 * value and unit too: the figures score counts "$142,000" found, this says whether it was read as
 * 142000 USD a year. A system that gives no values gets none right.
 */
function figureValues(expected: ExpectedArticle, detected: Detected): ArticleAccuracy['values'] {
  const pool = new Map<string, Detected['figures']>();
  for (const f of detected.figures) {
    const key = `${f.kind}|${f.text}`;
    const same = pool.get(key);
    if (same) same.push(f);
    else pool.set(key, [f]);
  }
  let matched = 0;
  let right = 0;
  for (const e of expected.figures) {
    const got = pool.get(`${e.kind}|${e.text}`)?.shift();
    if (!got) continue;
    matched++;
    if (got.value === e.value && (got.unit ?? null) === e.unit) right++;
  }
  return { matched, right };
}

/** Scores one system's output on one fixture against its expected analysis. */
export function scoreArticle(expected: ExpectedArticle, detected: Detected): ArticleAccuracy {
  return {
    officials: scoreMultiset(officialKeys(expected.officials), officialKeys(detected.officials)),
    figures: scoreMultiset(
      expected.figures.map((f) => `${f.kind}|${f.text}`),
      detected.figures.map((f) => `${f.kind}|${f.text}`),
    ),
    coref: coreference(expected, detected),
    values: figureValues(expected, detected),
  };
}
