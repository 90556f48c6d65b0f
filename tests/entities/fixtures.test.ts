// @vitest-environment happy-dom
/**
 * Gold-standard check: detectPeople over the body text of every article fixture, scored as
 * precision/recall of (official name, mention text) pairs. The body text is rebuilt locally from the
 * page's <article> paragraphs so this test does not depend on the extraction module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPeople } from '@/core/entities';
import type { Paragraph, Person } from '@/core/model/analysis';

const DIR = join(__dirname, '..', 'fixtures', 'articles');
const SKIP =
  'figure, figcaption, form, aside, nav, footer, header, [class*="newsletter"], [class*="comment"], [class*="related"], [class*="share"], [class*="caption"], [class*="byline"], [class*="credit"], [class*="author"]';

interface Expected {
  byline?: string | null;
  notArticle?: boolean;
  officials?: { name: string; role: string | null; mentions: string[] }[];
  people?: { name: string; mentions: string[] }[];
  notOfficials?: string[];
}

/** Paragraph texts of the page's main <article>, joined the way the extractor joins them. */
function bodyOf(html: string): { text: string; paragraphs: Paragraph[] } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const root = [...doc.querySelectorAll('article')].find((a) => !a.parentElement?.closest('article') && a.querySelectorAll('p').length > 3) ?? doc.body;
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const p of root.querySelectorAll('p, h2, h3, blockquote > p, li')) {
    if (p.closest(SKIP) || (p.tagName !== 'P' && p.closest('p'))) continue;
    const t = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!t) continue;
    if (text) text += '\n\n';
    paragraphs.push({ text: t, start: text.length });
    text += t;
  }
  return { text, paragraphs };
}

const pairs = (people: { name: string; mentions: (string | { text: string })[] }[]): string[] =>
  people.flatMap((p) => p.mentions.map((m) => `${p.name} :: ${typeof m === 'string' ? m : m.text}`));

/** Multiset intersection size, and the leftovers on each side. */
function compare(expected: string[], found: string[]): { tp: number; missed: string[]; extra: string[] } {
  const left = [...found];
  const missed: string[] = [];
  let tp = 0;
  for (const e of expected) {
    const i = left.indexOf(e);
    if (i >= 0) {
      left.splice(i, 1);
      tp++;
    } else missed.push(e);
  }
  return { tp, missed, extra: left };
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''));

describe.skipIf(fixtures.length === 0)('detectPeople against article fixtures', () => {
  it('finds official mentions with F1 >= 0.95 and never reports a not-official string', () => {
    let tp = 0;
    let nExpected = 0;
    let nFound = 0;
    const violations: string[] = [];
    for (const slug of fixtures) {
      const expected = JSON.parse(readFileSync(join(DIR, `${slug}.expected.json`), 'utf8')) as Expected;
      if (expected.notArticle) continue;
      const article = bodyOf(readFileSync(join(DIR, `${slug}.html`), 'utf8'));
      const result = detectPeople(article, { byline: expected.byline ?? null });
      for (const m of result.officials.flatMap((p: Person) => p.mentions)) {
        expect(article.text.slice(m.start, m.end)).toBe(m.text);
      }
      const exp = pairs(expected.officials ?? []);
      const got = pairs(result.officials);
      const r = compare(exp, got);
      tp += r.tp;
      nExpected += exp.length;
      nFound += got.length;
      const names = new Set(result.officials.flatMap((p) => [p.name, ...p.mentions.map((m) => m.text)]));
      for (const bad of expected.notOfficials ?? []) if (names.has(bad)) violations.push(`${slug}: ${bad}`);
      if (process.env.ENTITIES_VERBOSE) {
        for (const o of expected.officials ?? []) {
          const d = result.officials.find((p) => p.name === o.name);
          console.log(`  role ${o.name}: expected "${o.role}" got "${d?.role}"`);
        }
      }
      const peopleR = compare(pairs(expected.people ?? []), pairs(result.people));
      if (r.missed.length || r.extra.length || peopleR.missed.length || process.env.ENTITIES_VERBOSE) {
        console.log(
          `[${slug}]\n  missed officials: ${r.missed.join(' | ')}\n  extra officials: ${r.extra.join(' | ')}\n  missed people: ${peopleR.missed.join(' | ')}\n  extra people: ${peopleR.extra.join(' | ')}`,
        );
      }
    }
    const precision = tp / Math.max(1, nFound);
    const recall = tp / Math.max(1, nExpected);
    const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
    console.log(`official mentions: P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${f1.toFixed(3)} (${tp}/${nExpected} expected, ${nFound} found)`);
    expect(violations).toEqual([]);
    expect(f1).toBeGreaterThanOrEqual(0.95);
  }, 60_000); // parses every fixture page with happy-dom: slow on a shared machine, not a timing check
});
