/**
 * Extraction grows linearly with the page: a generated page four times larger must cost well under
 * sixteen times as much. Compared as a generous ratio of the best of several runs (linear gives
 * about 4, quadratic 16), never against a wall-clock limit. Pages are parsed as the `analyze` command parses them.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, isNotArticle } from '@/core/article';
import { manyParagraphsPage, nestedPage } from '@/scripts/lib/generated-pages';
import { parsePage } from '@/scripts/lib/parse-page';

async function bestTime(html: string, runs = 5): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const doc = await parsePage(html);
    // CPU time of this process, so other work on a busy machine does not count.
    const t0 = process.cpuUsage();
    const result = extractArticle(doc, 'https://news.example/story');
    const used = process.cpuUsage(t0);
    best = Math.min(best, used.user + used.system);
    if (isNotArticle(result)) throw new Error(result.reason);
  }
  return best;
}

/** Time for 4N over time for N, after one warm-up so compilation is not counted for N. */
async function growthRatio(page: (n: number) => string, n: number): Promise<number> {
  await bestTime(page(n), 1);
  return (await bestTime(page(4 * n))) / (await bestTime(page(n)));
}

describe('extraction on growing pages', { timeout: 240_000 }, () => {
  it('is linear in the number of paragraphs', async () => {
    expect(await growthRatio(manyParagraphsPage, 2_000)).toBeLessThan(8);
  });

  it('is linear in the nesting depth (thousands of wrappers around the story)', async () => {
    // From 2,000 levels: at 1,000 the page is so cheap that one collector pause decides the ratio.
    // Linear gives at most 4 (measured about 2: the story's paragraphs cost the same at any depth);
    // the walks down every chain of wrappers this replaced gave 5-8 (about n^1.4), quadratic 16.
    expect(await growthRatio((depth) => nestedPage(depth), 2_000)).toBeLessThan(6);
  });

  it('keeps every paragraph of a story nested 5,000 deep', async () => {
    const result = extractArticle(await parsePage(nestedPage(5_000, 40)), 'https://news.example/story');
    if (isNotArticle(result)) throw new Error(result.reason);
    expect(result.paragraphs).toHaveLength(40);
  });
});
