/**
 * `npm run bench:page`: what the content script costs a reader, in real Chromium with the built
 * extension, against Readability alone on the same page. A benchmark, not a test: it prints a table
 * and writes bench-output/page.json, and asserts nothing.
 *
 * Per page (the end-to-end pages, the fixture articles and a generated ~1 MB article), each run in a
 * fresh tab:
 * - content script: main-thread time with a frame of the extension's content script on the stack
 *   (CDP Profiler in the page, 100 µs sampling, frames counted inclusively), from navigation until
 *   the page is quiet;
 * - Readability: `new Readability(document.cloneNode(true)).parse()` with the Readability bundle
 *   injected cold into a fresh tab of a browser without the extension, measured the same way;
 * - the longest task on the page's main thread (PerformanceObserver 'longtask', so only tasks over
 *   50 ms show), the longest unbroken stretch of content-script samples, and the page's own longest
 *   task without the extension (in the Readability browser, before Readability runs);
 * - time from navigation start to the first highlight on the page.
 *
 * Options: `-- --reps N` (default 3), `-- --only A,B` (pages whose name contains one of them),
 * `-- --hot` (print the content script's hottest functions over all runs), `-- --profiles DIR` (write
 * every extension run's CPU profile there, to open in DevTools' Performance panel).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { findChromium } from '../tests/e2e/support/find-chromium';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { launchWithExtension } from '../tests/e2e/support/launch-extension';
import { E2E_EXTENSION_DIR, E2E_PAGES_DIR } from '../tests/e2e/support/paths';
import { type CpuProfile, hotFunctions, scriptCost } from './lib/cpu-profile';
import { FIXTURE_DIR } from './lib/fixtures';
import { longArticlePage } from './lib/generated-pages';
import { median } from './lib/timing';

type Group = 'e2e' | 'article' | 'not-article' | 'generated';
interface BenchPage {
  name: string;
  group: Group;
  path: string;
  html: string;
}

interface Run {
  contentMs: number;
  longestRunMs: number;
  longestTaskMs: number;
  firstHighlightMs: number | null;
  marks: number;
}

const { values: opts } = parseArgs({
  options: { reps: { type: 'string' }, only: { type: 'string' }, hot: { type: 'boolean' }, profiles: { type: 'string' }, all: { type: 'boolean' } },
});
const REPS = Number(opts.reps ?? 3);

function benchPages(): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const file of readdirSync(E2E_PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    pages.push({ name: `e2e/${file}`, group: 'e2e', path: `/e2e/${file}`, html: readFileSync(join(E2E_PAGES_DIR, file), 'utf8') });
  }
  for (const file of readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const expected = JSON.parse(readFileSync(join(FIXTURE_DIR, file.replace(/\.html$/, '.expected.json')), 'utf8')) as { notArticle?: boolean };
    pages.push({
      name: `articles/${file}`,
      group: expected.notArticle ? 'not-article' : 'article',
      path: `/articles/${file}`,
      html: readFileSync(join(FIXTURE_DIR, file), 'utf8'),
    });
  }
  pages.push({ name: 'generated/1mb-article.html', group: 'generated', path: '/generated/1mb-article.html', html: longArticlePage(1_000_000) });
  const only = opts.only?.split(',').filter(Boolean);
  if (only) return pages.filter((p) => only.some((o) => p.name.includes(o)));
  return opts.all ? pages : sampled(pages);
}

/** Articles measured by default: an even sample across the sorted fixtures, so a run fits a session (`--all` for every one). */
const ARTICLE_SAMPLE = 24;

/** Every page that is not a fixture article, and every k-th article so that about ARTICLE_SAMPLE remain. */
function sampled(pages: BenchPage[]): BenchPage[] {
  const articles = pages.filter((p) => p.group === 'article');
  const stride = Math.max(1, Math.ceil(articles.length / ARTICLE_SAMPLE));
  const kept = new Set(articles.filter((_, i) => i % stride === 0));
  return pages.filter((p) => p.group !== 'article' || kept.has(p));
}

/** Installed in every page before its own scripts: long tasks and the first highlight, timed from navigation start. */
const PAGE_PROBE = `(() => {
  const w = window;
  w.__bench = { longtasks: [], firstMark: null };
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__bench.longtasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const mo = new MutationObserver(() => {
    if (w.__bench.firstMark === null && document.querySelector('council-lens-mark')) {
      w.__bench.firstMark = performance.now();
      mo.disconnect();
    }
  });
  mo.observe(document, { childList: true, subtree: true });
})();`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One load of `url` in a fresh tab with the extension: profile until the page is quiet. */
async function runExtension(context: BrowserContext, url: string, article: boolean, isScript: (u: string) => boolean, hot: CpuProfile[]): Promise<Run> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // An article is highlighted once detection (in the background worker) answers: wait for that first.
  if (article) await page.waitForSelector('council-lens-mark', { state: 'attached', timeout: 120_000 }).catch(() => undefined);
  // Quiet: the number of highlights has not changed for a second, and at least 2 s after load
  // (the script also asks the background for the page's notes after highlighting).
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() - started < 60_000) {
    const count = await page.evaluate(() => document.querySelectorAll('council-lens-mark').length);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    }
    if (Date.now() - stableSince >= 1000 && Date.now() - started >= 2000) break;
    await sleep(200);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const probe = await page.evaluate(() => (window as unknown as { __bench: { longtasks: number[]; firstMark: number | null } }).__bench);
  await page.close();
  const cost = scriptCost(profile, isScript);
  if (opts.hot) {
    hot.push(profile);
    console.log(`  longest script run ${cost.longestRunMs.toFixed(0)} ms: ${cost.longestRunRoots}`);
  }
  if (opts.profiles) {
    mkdirSync(opts.profiles, { recursive: true });
    writeFileSync(join(opts.profiles, `${url.replace(/^.*\//, '')}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
  }
  return {
    contentMs: cost.totalMs,
    longestRunMs: cost.longestRunMs,
    longestTaskMs: Math.max(0, ...probe.longtasks),
    firstHighlightMs: probe.firstMark,
    marks: last,
  };
}

const READABILITY_URL = 'bench-readability.js';
const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
/** The bundle and the call in one script, so the parse of the bundle counts as Readability's, as it would in an extension. */
const READABILITY_SCRIPT = `${readabilitySource}\n;window.__parsed = !!new Readability(document.cloneNode(true)).parse();\n//# sourceURL=${READABILITY_URL}`;

/** Readability alone, cold, in a fresh tab of a browser without the extension. */
async function runReadability(browser: Browser, url: string): Promise<{ ms: number; pageLongestTaskMs: number }> {
  const context = await browser.newContext();
  await context.addInitScript(PAGE_PROBE);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // The page's own long tasks, with no extension and before Readability runs: loading, parsing and
  // laying out the page. A long task in the extension's run that is not a script run is likely one of these.
  await sleep(2000);
  const pageLongestTaskMs = await page.evaluate(() => Math.max(0, ...(window as unknown as { __bench: { longtasks: number[] } }).__bench.longtasks));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.addScriptTag({ content: READABILITY_SCRIPT });
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await context.close();
  return { ms: scriptCost(profile, (u) => u.endsWith(READABILITY_URL)).totalMs, pageLongestTaskMs };
}

const fmt = (n: number | null, digits = 0) => (n === null ? '-' : n.toFixed(digits));

async function main(): Promise<void> {
  const pages = benchPages();
  const server = await startFixtureServer(mkdtempSync(join(tmpdir(), 'bench-page-')));
  for (const p of pages) server.override(p.path, p.html);
  // BENCH_EXTENSION_DIR measures another build (an older commit's, for a before/after table).
  const ext = await launchWithExtension(process.env.BENCH_EXTENSION_DIR ?? E2E_EXTENSION_DIR);
  await ext.context.addInitScript(PAGE_PROBE);
  const prefix = `chrome-extension://${ext.extensionId}/`;
  const isScript = (u: string) => u.startsWith(prefix);
  const home = mkdtempSync(join(tmpdir(), 'bench-page-plain-'));
  const plain = await chromium.launch({
    headless: true,
    executablePath: findChromium(),
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home, XDG_DATA_HOME: home },
    args: ['--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'],
  });
  const hot: CpuProfile[] = [];
  const rows: Array<Record<string, unknown>> = [];
  try {
    for (const p of pages) {
      const url = server.origin + p.path;
      const runs: Run[] = [];
      const readability: number[] = [];
      const pageTasks: number[] = [];
      for (let r = 0; r < REPS; r++) {
        runs.push(await runExtension(ext.context, url, p.group !== 'not-article', isScript, hot));
        const plainRun = await runReadability(plain, url);
        readability.push(plainRun.ms);
        pageTasks.push(plainRun.pageLongestTaskMs);
      }
      const firsts = runs.map((x) => x.firstHighlightMs).filter((x): x is number => x !== null);
      const row = {
        page: p.name,
        group: p.group,
        kb: Math.round(Buffer.byteLength(p.html) / 1024),
        contentMs: median(runs.map((x) => x.contentMs)),
        readabilityMs: median(readability),
        ratio: median(runs.map((x) => x.contentMs)) / Math.max(0.1, median(readability)),
        longestTaskMs: median(runs.map((x) => x.longestTaskMs)),
        longestContentRunMs: median(runs.map((x) => x.longestRunMs)),
        pageLongestTaskMs: median(pageTasks),
        firstHighlightMs: firsts.length ? median(firsts) : null,
        marks: median(runs.map((x) => x.marks)),
      };
      rows.push(row);
      console.log(
        `${row.page.padEnd(58)} ${String(row.kb).padStart(5)} KB  script ${fmt(row.contentMs, 1).padStart(7)} ms  ` +
          `Readability ${fmt(row.readabilityMs, 1).padStart(6)} ms  ${fmt(row.ratio, 1).padStart(5)}x  ` +
          `longest task ${fmt(row.longestTaskMs).padStart(4)} ms (script run ${fmt(row.longestContentRunMs).padStart(4)}, ` +
          `without the extension ${fmt(row.pageLongestTaskMs).padStart(4)})  ` +
          `first highlight ${fmt(row.firstHighlightMs).padStart(5)} ms  marks ${row.marks}`,
      );
    }
  } finally {
    await plain.close();
    await ext.close();
    await server.close();
    rmSync(home, { recursive: true, force: true });
  }
  summarise(rows);
  if (opts.hot) {
    const merged = new Map<string, number>();
    for (const profile of hot) for (const f of hotFunctions(profile, isScript, 40)) merged.set(f.name, (merged.get(f.name) ?? 0) + f.ms);
    console.log('\nContent script, time by nearest own frame (all runs):');
    for (const [name, ms] of [...merged].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
  }
  mkdirSync('bench-output', { recursive: true });
  writeFileSync('bench-output/page.json', `${JSON.stringify({ date: new Date().toISOString(), reps: REPS, rows }, null, 2)}\n`);
  console.log('\nwrote bench-output/page.json');
}

/** Medians per group and the worst page: the numbers the targets are about. */
function summarise(rows: Array<Record<string, unknown>>): void {
  const num = (r: Record<string, unknown>, k: string) => r[k] as number;
  console.log(
    '\n| pages | n | script ms (median) | Readability ms (median) | ratio (median) | ratio (max) | longest task ms (max) | longest script run ms (max) | longest task without the extension ms (max) | first highlight ms (median) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const groups: Array<[string, (g: string) => boolean]> = [
    ['articles (fixtures + e2e)', (g) => g === 'article' || g === 'e2e'],
    ['not articles', (g) => g === 'not-article'],
    ['generated 1 MB', (g) => g === 'generated'],
    ['all', () => true],
  ];
  for (const [label, test] of groups) {
    const rs = rows.filter((r) => test(r.group as string));
    if (rs.length === 0) continue;
    const firsts = rs.map((r) => r.firstHighlightMs).filter((x): x is number => typeof x === 'number');
    console.log(
      `| ${label} | ${rs.length} | ${fmt(median(rs.map((r) => num(r, 'contentMs'))), 1)} | ${fmt(median(rs.map((r) => num(r, 'readabilityMs'))), 1)} | ` +
        `${fmt(median(rs.map((r) => num(r, 'ratio'))), 1)}x | ${fmt(Math.max(...rs.map((r) => num(r, 'ratio'))), 1)}x | ` +
        `${fmt(Math.max(...rs.map((r) => num(r, 'longestTaskMs'))))} | ${fmt(Math.max(...rs.map((r) => num(r, 'longestContentRunMs'))))} | ` +
        `${fmt(Math.max(...rs.map((r) => num(r, 'pageLongestTaskMs'))))} | ${firsts.length ? fmt(median(firsts)) : '-'} |`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
