// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collapse, collapsedOffset, rawRange } from '@/core/anchoring/collapse';
import { mapParagraphs } from '@/core/anchoring/paragraph-map';
import type { Paragraph } from '@/core/model/analysis';
import { highlightOffsets } from '@/core/highlight/highlight-offsets';
import { MARK_TAG } from '@/core/highlight/mark';

const TEASER = 'Cllr Sara Whitlow, leader of Millbrook Council, defended the £2.1m cut.';

const PAGE = `
  <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/council">Council</a></nav></header>
  <aside class="related"><h3>Most read</h3><ul><li>${TEASER}</li><li>Bin collections to change</li></ul></aside>
  <article>
    <h1>Millbrook   budget: leader defends cuts</h1>
    <div class="byline"><span>By Priya Lane</span> <time>Tuesday 4 June</time></div>
    <p>\n      Cllr <a href="/p/sw">Sara Whitlow</a>, leader of Millbrook Council,\n      defended the £2.1m cut.\n    </p>
    <p>Opposition&nbsp;leader Cllr Tom Ede said the coun\u00adcil had "lost its way".</p>
    <blockquote><p>We will protect front-line services, said Cllr Whitlow.</p></blockquote>
    <ul><li>Libraries: £400,000</li><li>Parks: £250,000</li></ul>
    <div class="caption">Photo: Millbrook Town Hall</div>
    <script>window.ads = "Cllr Sara Whitlow";</script>
  </article>
  <section class="comments"><h3>Comments</h3>
    <p>Opposition leader Cllr Tom Ede said the council had "lost its way".</p>
    <p>Well said!</p>
  </section>
  <div data-council-lens-ui><p>Libraries: £400,000</p></div>`;

/** Paragraphs as the extractor prints them: block text, whitespace collapsed, joined by blank lines. */
function paragraphsOf(texts: string[]): Paragraph[] {
  let start = 0;
  return texts.map((text) => {
    const p = { text, start };
    start += text.length + 2;
    return p;
  });
}

const TEXTS = [
  'Millbrook budget: leader defends cuts',
  'Tuesday 4 June',
  TEASER,
  'Opposition leader Cllr Tom Ede said the council had "lost its way".',
  'We will protect front-line services, said Cllr Whitlow.',
  'Libraries: £400,000',
  'Parks: £250,000',
  'Photo: Millbrook Town Hall',
  'A paragraph the live page does not have.',
];

describe('collapse', () => {
  it('collapses whitespace, drops soft hyphens and maps back to raw offsets', () => {
    const c = collapse('  a\u00a0 b\n\nco\u00adun  ');
    expect(c.text).toBe('a b coun');
    expect(rawRange(c, 4, 8)).toEqual({ start: 8, end: 13 });
    expect(collapsedOffset(c, 8)).toBe(4);
  });
});

describe('mapParagraphs', () => {
  it('matches only the article body, skipping nav, sidebars, comments, scripts and our UI', () => {
    document.body.innerHTML = PAGE;
    const paragraphs = paragraphsOf(TEXTS);
    const map = mapParagraphs(document.body, paragraphs);
    expect(map.unmatched).toEqual([8]);
    expect(map.matched).toHaveLength(8);
    const article = document.querySelector('article') as Element;
    for (const m of map.matched) expect(article.contains(m.element)).toBe(true);
    expect(map.matched.map((m) => m.element.localName)).toEqual(['h1', 'time', 'p', 'p', 'blockquote', 'li', 'li', 'div']);
  });

  it('turns analysis offsets into DOM ranges across collapsed whitespace, &nbsp; and soft hyphens', () => {
    document.body.innerHTML = PAGE;
    const paragraphs = paragraphsOf(TEXTS);
    const map = mapParagraphs(document.body, paragraphs);
    const at = (i: number, s: string) => (paragraphs[i] as Paragraph).start + (paragraphs[i] as Paragraph).text.indexOf(s);

    const name = at(2, 'Sara Whitlow');
    expect(map.toRange(name, name + 'Sara Whitlow'.length)?.toString()).toBe('Sara Whitlow');
    const span = at(2, 'Council, defended');
    expect(map.toRange(span, span + 'Council, defended'.length)?.toString()).toBe('Council,\n      defended');
    const council = at(3, 'council had');
    expect(map.toRange(council, council + 7)?.toString()).toBe('coun\u00adcil');
    const leader = at(3, 'Opposition leader');
    expect(map.toRange(leader, leader + 17)?.toString()).toBe('Opposition\u00a0leader');
    // Offsets in an unmatched paragraph or across two paragraphs map to nothing.
    expect(map.toRange(at(8, 'paragraph'), at(8, 'paragraph') + 9)).toBeNull();
    expect(map.toIndexOffsets(at(5, 'Libraries'), at(6, 'Parks') + 5)).toBeNull();
  });

  it('feeds one highlight pass that stays inside the article', () => {
    document.body.innerHTML = PAGE;
    const paragraphs = paragraphsOf(TEXTS);
    const map = mapParagraphs(document.body, paragraphs);
    const full = paragraphs.map((p) => p.text).join('\n\n');
    const spans = [...full.matchAll(/Cllr [A-Z][a-z]+(?: [A-Z][a-z]+)?|£[\d,.]+m?/g)]
      .map((m) => map.toIndexOffsets(m.index, m.index + m[0].length))
      .filter((o): o is { start: number; end: number } => o !== null)
      .map((o, i) => ({ ...o, kind: 'official' as const, id: `s${i}` }));
    highlightOffsets(map.index, spans);
    const marks = Array.from(document.querySelectorAll(MARK_TAG));
    expect(marks.length).toBeGreaterThan(5);
    const article = document.querySelector('article') as Element;
    for (const m of marks) expect(article.contains(m)).toBe(true);
    expect(marks.map((m) => m.textContent)).toContain('£400,000');
  });
});
