/**
 * `npm run --silent analyze -- FILE...` — analyses saved pages (.html/.htm) or plain text (.txt) and
 * prints the officials, people and figures found, as JSON. See scripts/lib/args.ts for the options.
 * `npm run analyze` runs it bundled (scripts/cli/), built once and again only when a source changed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { analyzeDocument, analyzeText } from '../core/analyze';
import type { WatchlistEntry } from '../core/model/analysis';
import { USAGE, parseAnalyzeArgs } from './lib/args';
import { parsePage } from './lib/parse-page';
import { type AnalysisOutput, toOutput } from './lib/output';
import { readWatchlistFile } from './lib/watchlist-file';

/** Analyses one input file; returns its output or a one-line error for stderr. */
async function analyzeFile(file: string, url: string | null, watchlist: WatchlistEntry[]): Promise<AnalysisOutput | { error: string }> {
  const ext = extname(file).toLowerCase();
  if (!['.html', '.htm', '.txt'].includes(ext)) return { error: `${file}: unsupported file type (expected .html, .htm or .txt)` };
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { error: `${file}: cannot read: ${e.code === 'ENOENT' ? 'no such file' : e.message}` };
  }
  if (ext === '.txt') return toOutput(analyzeText(content, { url, watchlist }));
  // The parsed page is this run's own, so extraction works on it rather than on a copy.
  const result = analyzeDocument(await parsePage(content), url, { watchlist, owned: true });
  if ('kind' in result) return { error: `${file}: not an article: ${result.reason}` };
  return toOutput(result);
}

async function main(): Promise<number> {
  const args = parseAnalyzeArgs(process.argv.slice(2));
  if ('error' in args) {
    process.stderr.write(`analyze: ${args.error}\n${USAGE}\n`);
    return 2;
  }
  let watchlist: WatchlistEntry[] = [];
  if (args.watchlist) {
    try {
      watchlist = readWatchlistFile(args.watchlist);
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      return 2;
    }
  }
  let failed = false;
  const outputs: AnalysisOutput[] = [];
  const written = new Set<string>();
  for (const file of args.files) {
    const result = await analyzeFile(file, args.url, watchlist);
    if ('error' in result) {
      process.stderr.write(`${result.error}\n`);
      failed = true;
      continue;
    }
    if (args.out) {
      mkdirSync(args.out, { recursive: true });
      const target = join(args.out, `${basename(file, extname(file))}.json`);
      if (written.has(target)) process.stderr.write(`${file}: overwrites ${target} (same base name as an earlier input)\n`);
      written.add(target);
      writeFileSync(target, `${JSON.stringify(result, null, 2)}\n`);
    } else {
      outputs.push(result);
    }
  }
  if (!args.out) {
    const json = args.files.length === 1 ? outputs[0] : outputs;
    if (json !== undefined) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`analyze: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
