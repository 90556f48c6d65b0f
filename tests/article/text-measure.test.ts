// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText } from '@/core/article/text-measure';
import { parsePage } from '@/scripts/lib/parse-page';
import { loadPage } from './load-page';

/** The definition the measure stands for, read the slow way. */
const visibleLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;

describe('measureText', () => {
  it('gives every element its collapsed text length and the links inside it', () => {
    const doc = loadPage(`<html><body><div id="a">  Council <b>tax</b>
      <span> </span><a href="/1"> rises </a><span><a href="/2">by<a href="/3">4%</a></a></span>  </div><p id="e"> \u00a0 </p></body></html>`);
    const m = measureText(doc.body);
    const a = doc.getElementById('a')!;
    // "Council tax rises by4%": the parser closes the first link before the nested one opens.
    expect(m.get(a)).toEqual({ length: 22, links: 3, linked: 'rises'.length + 'by'.length + '4%'.length });
    expect(m.get(doc.getElementById('e')!)?.length).toBe(0);
  });

  it('measures a whole document from its root element, in linkedom too (its doctype has no next sibling)', async () => {
    const html = '<!doctype html><html><head><title>Budget</title></head><body><p>Council <a href="/x">tax</a> rises</p></body></html>';
    for (const doc of [loadPage(html), await parsePage(html)]) {
      const m = measureText(doc);
      expect(m.get(doc.documentElement)?.length).toBe(visibleLength(doc.documentElement));
      expect(m.get(doc.body)).toEqual({ length: 'Council tax rises'.length, links: 1, linked: 3 });
    }
  });

  it('agrees with textContent on generated trees of text, whitespace and nesting', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', '\n\t', '\u00a0', 'Cllr', 'Lee', '.', '  x  '),
      fc.constantFrom('<b>', '</b>', '<a>', '</a>', '<span>', '</span>', '<p>', '</p>'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const doc = loadPage(`<html><body><div>${pieces.join('')}</div></body></html>`);
        const m = measureText(doc.body);
        for (const el of Array.from(doc.body.querySelectorAll('*'))) {
          const links = Array.from(el.querySelectorAll('a'));
          expect(m.get(el)).toEqual({ length: visibleLength(el), links: links.length, linked: links.reduce((n, x) => n + visibleLength(x), 0) });
        }
      }),
      { numRuns: 200 },
    );
  });
});
