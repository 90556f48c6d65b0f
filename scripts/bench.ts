/**
 * `npm run bench` — accuracy and speed of Council Lens's detection on every fixture article, side by
 * side with the general-purpose `compromise` NLP library over the same extracted text. Prints a table
 * and writes bench-output/results.json. A benchmark, not a test: it asserts nothing. The tuned set
 * (tests/fixtures/articles) is reported per article with every miss and false hit; each blind set
 * (tests/fixtures/blind, blind2: written by someone who saw neither the code nor its output) only in
 * aggregate.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { analyzeArticle, analyzeDocument } from '../core/analyze';
import { extractArticle, isNotArticle } from '../core/article';
import { type ArticleAccuracy, scoreArticle } from './lib/bench-accuracy';
import { type ArticleErrors, articleErrors } from './lib/bench-errors';
import { runBaseline } from './lib/baseline';
import { type SystemTotals, formatTable } from './lib/bench-report';
import { BLIND_SETS, loadFixtures } from './lib/fixtures';
import { parseHtml } from './lib/html';
import { sumScores } from './lib/score';
import { median, timeMedian } from './lib/timing';
import { coldAnalysis } from './lib/cold-bench';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 3;
const TARGETS = { officialsF1: 0.97, figuresF1: 0.95, coref: 0.95, speedup: 10 };

interface FixtureResult {
  name: string;
  ours: ArticleAccuracy;
  compromise: ArticleAccuracy;
  /** Our missed and spurious official mentions and figures. */
  errors: ArticleErrors;
  /** Median ms: extraction (shared by both), each system's detection, and ours end to end. */
  ms: { extract: number; ours: number; oursDetectOnly: number; compromise: number };
}

async function benchFixture(name: string, html: string, expected: Parameters<typeof scoreArticle>[0], quiet: boolean): Promise<FixtureResult | null> {
  const pages: { close: () => Promise<void> }[] = [];
  const freshPage = () => {
    const page = parseHtml(html, expected.url);
    pages.push(page);
    return page.document;
  };
  const article = extractArticle(freshPage(), expected.url);
  if (isNotArticle(article)) {
    // A blind page's name and reason would say which page failed, and how.
    process.stderr.write(quiet ? 'a blind page gave no article\n' : `${name}: not an article: ${article.reason}\n`);
    return null;
  }
  const analysis = analyzeArticle(article);
  const baseline = runBaseline(article.text);
  const ms = {
    extract: timeMedian(freshPage, (doc) => extractArticle(doc, expected.url), RUNS, WARMUP),
    ours: timeMedian(freshPage, (doc) => analyzeDocument(doc, expected.url), RUNS, WARMUP),
    oursDetectOnly: timeMedian(
      () => article,
      (a) => analyzeArticle(a),
      RUNS,
      WARMUP,
    ),
    compromise: timeMedian(
      () => article.text,
      (t) => runBaseline(t),
      RUNS,
      WARMUP,
    ),
  };
  await Promise.all(pages.map((p) => p.close()));
  return { name, ours: scoreArticle(expected, analysis), compromise: scoreArticle(expected, baseline), errors: articleErrors(expected, analysis), ms };
}

/** Right over matched, summed over articles (1 when nothing matched). */
function share(values: ArticleAccuracy['values'][]): { matched: number; right: number; share: number } {
  const matched = values.reduce((n, v) => n + v.matched, 0);
  const right = values.reduce((n, v) => n + v.right, 0);
  return { matched, right, share: matched === 0 ? 1 : right / matched };
}

function totals(results: FixtureResult[], pick: (r: FixtureResult) => ArticleAccuracy, ms: (r: FixtureResult) => number): SystemTotals {
  const eligible = results.reduce((n, r) => n + pick(r).coref.eligible, 0);
  const linked = results.reduce((n, r) => n + pick(r).coref.linked, 0);
  return {
    officials: sumScores(results.map((r) => pick(r).officials)),
    figures: sumScores(results.map((r) => pick(r).figures)),
    coref: eligible === 0 ? 1 : linked / eligible,
    corefEligible: eligible,
    figureValues: share(results.map((r) => pick(r).values)),
    msPerArticle: median(results.map(ms)),
  };
}

/** Benchmarks every article fixture in a folder. */
async function benchSet(dir?: string, quiet = false): Promise<{ total: number; results: FixtureResult[] }> {
  const fixtures = loadFixtures(dir);
  const results: FixtureResult[] = [];
  for (const f of fixtures) {
    const r = await benchFixture(f.name, f.html, f.expected, quiet);
    if (r) results.push(r);
  }
  return { total: fixtures.length, results };
}

/** Totals, timings and whether the targets are met, for one set of results. */
function summarise(results: FixtureResult[]) {
  const ours = totals(
    results,
    (r) => r.ours,
    (r) => r.ms.oursDetectOnly,
  );
  const compromise = totals(
    results,
    (r) => r.compromise,
    (r) => r.ms.compromise,
  );
  const timing = {
    extractMs: median(results.map((r) => r.ms.extract)),
    oursEndToEndMs: median(results.map((r) => r.ms.ours)),
    compromiseEndToEndMs: median(results.map((r) => r.ms.extract + r.ms.compromise)),
  };
  const met = {
    officialsF1: ours.officials.f1 >= TARGETS.officialsF1,
    figuresF1: ours.figures.f1 >= TARGETS.figuresF1,
    coref: ours.coref >= TARGETS.coref,
    // Both systems need the same extraction; the target is on what differs, the detection.
    speedup: compromise.msPerArticle / ours.msPerArticle >= TARGETS.speedup,
  };
  return { ours, compromise, timing, met };
}

function printSet(label: string, total: number, results: FixtureResult[], s: ReturnType<typeof summarise>, perArticle: boolean): void {
  console.log(`${label}: ${results.length} of ${total} fixture articles, median of ${RUNS} warm runs each\n`);
  console.log(formatTable(s.ours, s.compromise, s.timing, TARGETS));
  if (perArticle) console.log('\nper article (officials F1 / figures F1, ours vs compromise):');
  for (const r of perArticle ? results : []) {
    console.log(
      `  ${r.name.padEnd(48)} ${r.ours.officials.f1.toFixed(2)} / ${r.ours.figures.f1.toFixed(2)}   vs   ${r.compromise.officials.f1.toFixed(2)} / ${r.compromise.figures.f1.toFixed(2)}`,
    );
  }
  console.log(
    `\ntargets met: ${Object.entries(s.met)
      .map(([k, v]) => `${k} ${v ? 'yes' : 'NO'}`)
      .join(', ')}`,
  );
}

/** Every miss (-) and false hit (+) of ours, per article, as "name|mention" or "kind|text". */
function printErrors(results: FixtureResult[]): void {
  console.log('\ntuned errors (ours; - missed, + spurious):');
  for (const r of results) {
    const lines = [
      ...r.errors.officials.missed.map((k) => `official - ${k}`),
      ...r.errors.officials.spurious.map((k) => `official + ${k}`),
      ...r.errors.figures.missed.map((k) => `figure   - ${k}`),
      ...r.errors.figures.spurious.map((k) => `figure   + ${k}`),
    ];
    if (lines.length === 0) continue;
    console.log(`  ${r.name}`);
    for (const l of lines) console.log(`    ${l}`);
  }
}

async function main(): Promise<void> {
  const tuned = await benchSet();
  const tunedSummary = summarise(tuned.results);
  printSet('tuned (written alongside the rules, or looked at since)', tuned.total, tuned.results, tunedSummary, true);
  printErrors(tuned.results);
  // Blind sets are printed and saved only in aggregate, so no rule is ever fitted to one of their pages.
  const blindSummaries: Record<string, ReturnType<typeof summarise>> = {};
  for (const set of BLIND_SETS.filter((s) => existsSync(s.dir))) {
    const blind = await benchSet(set.dir, true);
    blindSummaries[set.dir] = summarise(blind.results);
    console.log(`\n${'='.repeat(72)}\n`);
    printSet(set.label, blind.total, blind.results, blindSummaries[set.dir]!, false);
  }
  const cold = coldAnalysis(loadFixtures());
  console.log(`\n${'='.repeat(72)}\n`);
  console.log(`detection in a fresh Node process (the ${cold.pages} longest tuned pages, median ${cold.medianChars} characters of text):`);
  console.log(
    `  first call (cold: expressions and tables built on first use) ${cold.coldMs.toFixed(1)} ms (CPU ${cold.coldCpuMs.toFixed(1)}); second call (warm) ${cold.warmMs.toFixed(1)} ms (CPU ${cold.warmCpuMs.toFixed(1)})`,
  );
  console.log(
    `  articles of three pages joined (median ${cold.long.medianChars} characters; target: first call at most 15 ms for 6,000): first call ${cold.long.coldMs.toFixed(1)} ms (CPU ${cold.long.coldCpuMs.toFixed(1)}); second ${cold.long.warmMs.toFixed(1)} ms (CPU ${cold.long.warmCpuMs.toFixed(1)})`,
  );
  console.log(
    `  the same pages set with curly quotes and dashes, as real news sites set them (two-byte text): first call ${cold.typeset.coldMs.toFixed(1)} ms (CPU ${cold.typeset.coldCpuMs.toFixed(1)}); second ${cold.typeset.warmMs.toFixed(1)} ms (CPU ${cold.typeset.warmCpuMs.toFixed(1)})`,
  );
  mkdirSync('bench-output', { recursive: true });
  const out = {
    cold,
    generatedAt: new Date().toISOString(),
    node: process.version,
    runs: RUNS,
    targets: TARGETS,
    ...tunedSummary,
    fixtures: tuned.results,
    blind: blindSummaries,
  };
  writeFileSync('bench-output/results.json', `${JSON.stringify(out, null, 2)}\n`);
  console.log('\nwrote bench-output/results.json');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
