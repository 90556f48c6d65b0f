/**
 * One cold analysis, run in a fresh Node process by `npm run bench`: extracts one or more fixture
 * pages (`<file> <url> [<file> <url> ...]`; several are joined into one longer article), then times
 * detection (officials, people, figures) on its first call in this process, when every lazy table
 * and regular expression is still to be built, and again once warm. Prints one JSON line with wall
 * and main-thread CPU milliseconds (CPU time is steadier on a shared machine).
 * Every page load starts the content script in a fresh world, so the cold call is what readers pay.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeArticle } from '../../core/analyze';
import { extractArticle, isNotArticle, withParagraphs } from '../../core/article';
import type { ArticleText } from '../../core/model/analysis';
import { parsePage } from './parse-page';
import { typesetArticle } from './typeset';

const args = process.argv.slice(2);
const parts: ArticleText[] = [];
for (let i = 0; i < args.length; i += 2) {
  const article = extractArticle(await parsePage(readFileSync(args[i]!, 'utf8')), args[i + 1] || null);
  if (isNotArticle(article)) throw new Error(`not an article: ${article.reason}`);
  parts.push(article);
}
const joined = parts.length === 1 ? parts[0]! : withParagraphs({ ...parts[0]!, text: parts.map((p) => p.text).join('\n\n') });
// COLD_TYPESET=1: the text as a professional site sets it (curly quotes, dashes), two-byte in V8.
const article = process.env.COLD_TYPESET ? typesetArticle(joined) : joined;

/**
 * CPU ms used so far by this thread: on Linux the scheduler's count for the main thread (ns), which
 * leaves out V8's background compiler and garbage-collector threads; elsewhere the whole process's.
 */
function threadCpuMs(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  }
}

/** Wall and main-thread CPU ms of one call. */
function timed(run: () => void): { wall: number; cpu: number } {
  const c0 = threadCpuMs();
  const t0 = performance.now();
  run();
  const wall = performance.now() - t0;
  return { wall, cpu: threadCpuMs() - c0 };
}

// The module is loaded (tsx transpiles it, which a built script never pays) but never yet run:
// V8 compiles each regular expression on its first use, so that cost lands in this call. The
// garbage of parsing and extraction is collected first (when run with --expose-gc, as the bench
// does), so that the figure is detection's own cost, not extraction's left-over collection.
(globalThis as { gc?: () => void }).gc?.();
const cold = timed(() => analyzeArticle(article));
const warm = timed(() => analyzeArticle(article));
process.stdout.write(`${JSON.stringify({ chars: article.text.length, cold: cold.wall, warm: warm.wall, coldCpu: cold.cpu, warmCpu: warm.cpu })}\n`);
