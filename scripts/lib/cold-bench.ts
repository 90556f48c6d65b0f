/** Runs scripts/lib/cold-analysis.ts in fresh processes and takes medians (see that file for why). */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fixture } from './fixtures';
import { median } from './timing';

/** One fresh process's cold and warm detection, wall and CPU ms. */
export interface ColdRun {
  chars: number;
  cold: number;
  warm: number;
  coldCpu: number;
  warmCpu: number;
}

/** Runs one fresh process over `pages` (joined into one article when several), or null if it failed. */
function coldRun(pages: Fixture[], typeset = false): ColdRun | null {
  const args = pages.flatMap((f, i) => {
    const file = join(tmpdir(), `council-lens-cold-${process.pid}-${i}.html`);
    writeFileSync(file, f.html);
    return [file, f.expected.url ?? ''];
  });
  const env = typeset ? { ...process.env, COLD_TYPESET: '1' } : process.env;
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'scripts/lib/cold-analysis.ts', ...args], { encoding: 'utf8', env });
  if (child.status === 0) return JSON.parse(child.stdout.trim()) as ColdRun;
  process.stderr.write(`cold run failed for ${pages.map((f) => f.name).join(' + ')}: ${child.stderr.split('\n')[0]}\n`);
  return null;
}

function summary(runs: ColdRun[]) {
  return {
    pages: runs.length,
    medianChars: median(runs.map((r) => r.chars)),
    coldMs: median(runs.map((r) => r.cold)),
    warmMs: median(runs.map((r) => r.warm)),
    coldCpuMs: median(runs.map((r) => r.coldCpu)),
    warmCpuMs: median(runs.map((r) => r.warmCpu)),
  };
}

/**
 * Median cold and warm detection ms over the `limit` longest fixture pages, one fresh process
 * each, and (`long`) over articles of at least 6,000 characters, each made by joining three of
 * those pages, one fresh process each (the target is stated for a 6,000-character article), and
 * (`typeset`) over the longest pages re-set with curly quotes and dashes, as real news sites set them.
 */
export function coldAnalysis(fixtures: Fixture[], limit = Number(process.env.BENCH_COLD_RUNS ?? 12)) {
  const longest = [...fixtures].sort((a, b) => b.html.length - a.html.length).slice(0, limit);
  const single = longest.map((f) => coldRun([f])).filter((r): r is ColdRun => r !== null);
  const joined = longest.map((_, i) => coldRun([0, 1, 2].map((k) => longest[(i + k) % longest.length]!))).filter((r): r is ColdRun => r !== null);
  const typeset = longest.map((f) => coldRun([f], true)).filter((r): r is ColdRun => r !== null);
  return { ...summary(single), long: summary(joined), typeset: summary(typeset) };
}
