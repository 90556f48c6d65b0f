/**
 * `npm run bench` — accuracy and speed of Council Lens's detection on every fixture article, side by
 * side with the general-purpose `compromise` NLP library over the same extracted text. Prints a table
 * and writes bench-output/results.json. A benchmark, not a test: it asserts nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { analyzeArticle, analyzeDocument } from '../core/analyze';
import { extractArticle, isNotArticle } from '../core/article';
import { type ArticleAccuracy, scoreArticle } from './lib/bench-accuracy';
import { runBaseline } from './lib/baseline';
import { type SystemTotals, formatTable } from './lib/bench-report';
import { loadFixtures } from './lib/fixtures';
import { parseHtml } from './lib/html';
import { sumScores } from './lib/score';
import { median, timeMedian } from './lib/timing';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;
const TARGETS = { officialsF1: 0.97, figuresF1: 0.95, coref: 0.95, speedup: 10 };

interface FixtureResult {
  name: string;
  ours: ArticleAccuracy;
  compromise: ArticleAccuracy;
  /** Median ms: extraction (shared by both), each system's detection, and ours end to end. */
  ms: { extract: number; ours: number; oursDetectOnly: number; compromise: number };
}

async function benchFixture(name: string, html: string, expected: Parameters<typeof scoreArticle>[0]): Promise<FixtureResult | null> {
  const pages: { close: () => Promise<void> }[] = [];
  const freshPage = () => {
    const page = parseHtml(html, expected.url);
    pages.push(page);
    return page.document;
  };
  const article = extractArticle(freshPage(), expected.url);
  if (isNotArticle(article)) {
    process.stderr.write(`${name}: not an article: ${article.reason}\n`);
    return null;
  }
  const analysis = analyzeArticle(article);
  const baseline = runBaseline(article.text);
  const ms = {
    extract: timeMedian(freshPage, (doc) => extractArticle(doc, expected.url), RUNS, WARMUP),
    ours: timeMedian(freshPage, (doc) => analyzeDocument(doc, expected.url), RUNS, WARMUP),
    oursDetectOnly: timeMedian(() => article, (a) => analyzeArticle(a), RUNS, WARMUP),
    compromise: timeMedian(() => article.text, (t) => runBaseline(t), RUNS, WARMUP),
  };
  await Promise.all(pages.map((p) => p.close()));
  return { name, ours: scoreArticle(expected, analysis), compromise: scoreArticle(expected, baseline), ms };
}

function totals(results: FixtureResult[], pick: (r: FixtureResult) => ArticleAccuracy, ms: (r: FixtureResult) => number): SystemTotals {
  const eligible = results.reduce((n, r) => n + pick(r).coref.eligible, 0);
  const linked = results.reduce((n, r) => n + pick(r).coref.linked, 0);
  return {
    officials: sumScores(results.map((r) => pick(r).officials)),
    figures: sumScores(results.map((r) => pick(r).figures)),
    coref: eligible === 0 ? 1 : linked / eligible,
    corefEligible: eligible,
    msPerArticle: median(results.map(ms)),
  };
}

async function main(): Promise<void> {
  const fixtures = loadFixtures();
  const results: FixtureResult[] = [];
  for (const f of fixtures) {
    const r = await benchFixture(f.name, f.html, f.expected);
    if (r) results.push(r);
  }
  const ours = totals(results, (r) => r.ours, (r) => r.ms.oursDetectOnly);
  const compromise = totals(results, (r) => r.compromise, (r) => r.ms.compromise);
  const timing = {
    extractMs: median(results.map((r) => r.ms.extract)),
    oursEndToEndMs: median(results.map((r) => r.ms.ours)),
    compromiseEndToEndMs: median(results.map((r) => r.ms.extract + r.ms.compromise)),
  };
  console.log(`Council Lens bench: ${results.length} of ${fixtures.length} fixture articles, median of ${RUNS} warm runs each\n`);
  console.log(formatTable(ours, compromise, timing, TARGETS));
  console.log('\nper article (officials F1 / figures F1, ours vs compromise):');
  for (const r of results) {
    console.log(`  ${r.name.padEnd(48)} ${r.ours.officials.f1.toFixed(2)} / ${r.ours.figures.f1.toFixed(2)}   vs   ${r.compromise.officials.f1.toFixed(2)} / ${r.compromise.figures.f1.toFixed(2)}`);
  }
  const met = {
    officialsF1: ours.officials.f1 >= TARGETS.officialsF1,
    figuresF1: ours.figures.f1 >= TARGETS.figuresF1,
    coref: ours.coref >= TARGETS.coref,
    // Both systems need the same extraction; the target is on what differs, the detection.
    speedup: compromise.msPerArticle / ours.msPerArticle >= TARGETS.speedup,
  };
  mkdirSync('bench-output', { recursive: true });
  const out = { generatedAt: new Date().toISOString(), node: process.version, runs: RUNS, targets: TARGETS, met, ours, compromise, timing, fixtures: results };
  writeFileSync('bench-output/results.json', `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\ntargets met: ${Object.entries(met).map(([k, v]) => `${k} ${v ? 'yes' : 'NO'}`).join(', ')}`);
  console.log('wrote bench-output/results.json');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
