// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextIndex } from '@/core/anchoring/text-index';
import { highlightInSteps, highlightOffsets, type HighlightSpan } from '@/core/highlight/highlight-offsets';

function page(paragraphs: number): string {
  return Array.from({ length: paragraphs }, (_, i) => `<p>Cllr <b>Ann Lee ${i}</b> said the £${i}m plan was <i>due</i>.</p>`).join('\n');
}

function spansOf(index: TextIndex, paragraphs: number): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const at = index.text.indexOf(`Cllr Ann Lee ${i} `);
    spans.push({ start: at, end: at + `Cllr Ann Lee ${i}`.length, kind: 'official', id: `o${i}` });
    const money = index.text.indexOf(`£${i}m`, at);
    spans.push({ start: money, end: money + `£${i}m plan was du`.length, kind: 'figure', id: `f${i}` });
  }
  return spans;
}

describe('highlightInSteps', () => {
  it('stops between text nodes and resumes, ending with the same page as one pass', () => {
    document.body.innerHTML = page(40);
    const whole = highlightOffsets(TextIndex.build(document.body), spansOf(TextIndex.build(document.body), 40));
    // Mark ids are opaque per-page counters; everything else must match.
    const html = () => document.body.innerHTML.replace(/data-council-lens-id="[^"]*"/g, '');
    const once = html();

    document.body.innerHTML = page(40);
    const index = TextIndex.build(document.body);
    const run = highlightInSteps(index, spansOf(index, 40));
    let steps = 0;
    // Stop after every wrapped node: the most interrupted run possible.
    while (!run.step(() => true)) steps++;
    expect(steps).toBeGreaterThan(40);
    expect(html()).toBe(once);
    expect(run.result.map((els) => els.map((e) => e.textContent).join(''))).toEqual(whole.map((els) => els.map((e) => e.textContent).join('')));
  });

  it('skips a text node the page changed between steps instead of cutting it at stale offsets', () => {
    document.body.innerHTML = page(3);
    const index = TextIndex.build(document.body);
    const run = highlightInSteps(index, spansOf(index, 3));
    run.step(() => true);
    const last = document.body.querySelectorAll('b')[2]!;
    last.firstChild!.textContent = 'X';
    while (!run.step(() => true));
    expect(last.textContent).toBe('X');
    expect(last.children.length).toBe(0);
    // The rest of that official's span, in a node the page left alone, is still wrapped.
    expect(run.result[4]!.map((e) => e.textContent)).toEqual(['Cllr ']);
    expect(run.result[5]!.length).toBeGreaterThan(0);
  });
});
