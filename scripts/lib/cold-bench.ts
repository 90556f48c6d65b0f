/** Runs scripts/lib/cold-analysis.ts in fresh processes and takes medians (see that file for why). */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fixture } from './fixtures';
import { median } from './timing';

/** Median cold and warm detection ms over the `limit` longest fixture pages, one fresh process each. */
export function coldAnalysis(fixtures: Fixture[], limit = Number(process.env.BENCH_COLD_RUNS ?? 12)) {
  const runs: { chars: number; cold: number; warm: number }[] = [];
  const longest = [...fixtures].sort((a, b) => b.html.length - a.html.length).slice(0, limit);
  for (const f of longest) {
    const file = join(tmpdir(), `council-lens-cold-${process.pid}.html`);
    writeFileSync(file, f.html);
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lib/cold-analysis.ts', file, f.expected.url ?? ''], { encoding: 'utf8' });
    if (child.status === 0) runs.push(JSON.parse(child.stdout.trim()) as { chars: number; cold: number; warm: number });
    else process.stderr.write(`cold run failed for ${f.name}: ${child.stderr.split('\n')[0]}\n`);
  }
  return {
    pages: runs.length,
    medianChars: median(runs.map((r) => r.chars)),
    coldMs: median(runs.map((r) => r.cold)),
    warmMs: median(runs.map((r) => r.warm)),
  };
}
