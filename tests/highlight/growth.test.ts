// @vitest-environment happy-dom
/**
 * Mapping an article onto the page and highlighting it grow linearly with the page: eight times the
 * paragraphs must cost well under the sixty-four times a quadratic pass would (linear gives about 8;
 * a generous ratio of the best of several runs, never a wall-clock limit). The spread is wide on
 * purpose: at four times, one collector pause in a busy CI run pushed a linear ratio past the bound.
 * Repeated paragraphs are the case that used to be quadratic.
 */
import { describe, expect, it } from 'vitest';
import { mapParagraphs } from '@/core/anchoring/paragraph-map';
import { highlightOffsets, type HighlightSpan } from '@/core/highlight/highlight-offsets';
import { joinParagraphs } from '@/core/article';

function pageOf(n: number): string[] {
  // Every tenth paragraph repeats (a pull quote, a "Read more" line), as real pages do.
  return Array.from({ length: n }, (_, i) =>
    i % 10 === 9 ? 'Cllr Ann Lee said the £2m plan would go ahead.' : `Paragraph ${i}: Cllr Ann Lee said the £${i}m plan would go ahead.`,
  );
}

function highlightOnce(texts: string[]): number {
  document.body.innerHTML = `<main><div>${texts.map((t) => `<p>${t}</p>`).join('')}</div></main>`;
  const { paragraphs } = joinParagraphs(texts);
  // CPU time of this process, so other work on a busy machine does not count.
  const t0 = process.cpuUsage();
  const map = mapParagraphs(document.body, paragraphs);
  const spans: HighlightSpan[] = [];
  for (const p of paragraphs) {
    const at = p.text.indexOf('Cllr Ann Lee');
    const o = map.toIndexOffsets(p.start + at, p.start + at + 12);
    if (o) spans.push({ ...o, kind: 'official', id: 'o0' });
  }
  highlightOffsets(map.index, spans);
  const used = process.cpuUsage(t0);
  const elapsed = used.user + used.system;
  expect(map.unmatched).toEqual([]);
  return elapsed;
}

const best = (texts: string[]) => Math.min(highlightOnce(texts), highlightOnce(texts), highlightOnce(texts));

describe('highlighting on growing pages', { timeout: 240_000 }, () => {
  it('maps and highlights in time linear in the paragraphs', () => {
    highlightOnce(pageOf(500));
    const ratio = best(pageOf(8_000)) / best(pageOf(1_000));
    expect(ratio).toBeLessThan(24);
  });
});
