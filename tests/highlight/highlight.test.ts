// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextIndex } from '@/core/anchoring/text-index';
import { highlightOffsets, type HighlightSpan } from '@/core/highlight/highlight-offsets';
import { highlightRange } from '@/core/highlight/highlight-range';
import { MARK_TAG, markOf } from '@/core/highlight/mark';
import { removeAllHighlights, removeHighlights } from '@/core/highlight/remove-highlights';

const PAGE =
  '<h2>Budget vote at Millbrook Town Hall</h2>\n' +
  '<p>Cllr <b>Sara Whitlow</b> and Cllr Tom Ede backed the <i>£2.1m</i> plan.</p>\n' +
  '<ul>\n  <li>Cllr Ivy Dunne: 14 votes</li>\n  <li>Cllr Ben Roe: 9 votes</li>\n</ul>\n' +
  '<table><tbody>\n<tr>\n<td>2024/25</td>\n<td>£400,000</td>\n</tr>\n</tbody></table>';

function setup(html = PAGE): { root: HTMLElement; index: TextIndex } {
  document.body.innerHTML = html;
  return { root: document.body, index: TextIndex.build(document.body) };
}

function span(index: TextIndex, text: string, kind: HighlightSpan['kind'], id: string): HighlightSpan {
  const start = index.text.indexOf(text);
  if (start < 0) throw new Error(`fixture lacks ${text}`);
  return { start, end: start + text.length, kind, id };
}

function marksText(els: HTMLElement[]): string {
  return els.map((e) => e.textContent).join('');
}

describe('highlightOffsets', () => {
  it('wraps many spans across element boundaries in one pass, keeping lists and tables valid', () => {
    const { root, index } = setup();
    const spans = [
      span(index, 'Sara Whitlow and Cllr Tom', 'official', 'p1'),
      span(index, '£2.1m', 'figure', 'f1'),
      span(index, 'Ivy Dunne: 14 votes\n  Cllr Ben', 'official', 'p2'),
      span(index, '2024/25\n£400,000', 'figure', 'f2'),
    ];
    const els = highlightOffsets(index, spans);
    expect(marksText(els[0] ?? [])).toBe('Sara Whitlow and Cllr Tom');
    expect(els[0]).toHaveLength(2); // split by the <b> border
    expect(marksText(els[2] ?? [])).toBe('Ivy Dunne: 14 votesCllr Ben');
    expect(marksText(els[3] ?? [])).toBe('2024/25£400,000');
    for (const list of els) {
      for (const el of list) expect(el.textContent?.trim()).not.toBe('');
    }
    // Structure is intact: marks only ever sit inside text-holding elements.
    for (const m of Array.from(root.querySelectorAll(MARK_TAG))) {
      expect(['ul', 'tbody', 'tr', 'table']).not.toContain(m.parentElement?.localName);
    }
    expect(Array.from(root.querySelector('ul')?.children ?? []).map((c) => c.localName)).toEqual(['li', 'li']);
    expect(Array.from(root.querySelector('tr')?.children ?? []).map((c) => c.localName)).toEqual(['td', 'td']);
    expect(TextIndex.build(root).text).toBe(index.text); // text unchanged
    expect(els[1]?.[0]?.getAttribute('data-council-lens')).toBe('figure');
    expect(markOf(els[1]?.[0])).toEqual({ kind: 'figure', id: 'f1' });
    // Only an opaque number reaches the page, shared by the elements of one highlight.
    const numbers = (list?: HTMLElement[]) => new Set(list?.map((e) => e.getAttribute('data-council-lens-id')));
    expect(numbers(els[0]).size).toBe(1);
    expect([...numbers(els[0])][0]).toMatch(/^\d+$/);
    expect(numbers(els[0])).not.toEqual(numbers(els[1]));
  });

  it('nests overlapping spans so both stay present', () => {
    const { index } = setup('<p>The leader Cllr Sara Whitlow spoke.</p>');
    const official = span(index, 'Cllr Sara Whitlow', 'official', 'p1');
    const note = span(index, 'leader Cllr Sara', 'note', 'n1');
    const [offEls, noteEls] = highlightOffsets(index, [official, note]);
    expect(marksText(offEls ?? [])).toBe('Cllr Sara Whitlow');
    expect(marksText(noteEls ?? [])).toBe('leader Cllr Sara');
    const html = document.body.querySelector('p')?.innerHTML ?? '';
    // The note starts first so it is outer where they overlap.
    expect(html.replace(/ data-council-lens-id="\d+"/g, '')).toContain(
      '<council-lens-mark data-council-lens="note">' + '<council-lens-mark data-council-lens="official">Cllr Sara</council-lens-mark>',
    );
  });

  it('nests a later highlightRange inside existing highlights', () => {
    const { index } = setup('<p>Cllr Sara Whitlow backed the plan.</p>');
    highlightOffsets(index, [span(index, 'Cllr Sara Whitlow', 'official', 'p1')]);
    const fresh = TextIndex.build(document.body);
    const els = highlightRange(fresh.rangeFromOffsets(5, 24) as Range, { kind: 'note', id: 'n1' });
    expect(marksText(els)).toBe('Sara Whitlow backed');
    expect(els[0]?.parentElement?.getAttribute('data-council-lens')).toBe('official');
    expect(document.body.querySelectorAll(MARK_TAG)).toHaveLength(3);
  });

  it('never wraps whitespace-only pieces', () => {
    const { index } = setup('<p><b>Tom</b> <i>Ede</i></p>');
    const [els] = highlightOffsets(index, [{ start: 0, end: 7, kind: 'official', id: 'x' }]);
    expect(els?.map((e) => e.textContent)).toEqual(['Tom', 'Ede']);
  });

  it('sets attributes as text, keeps the id private and makes the first element focusable when asked', () => {
    const { index } = setup('<p>Cllr <b>Ann</b> Lee</p>');
    const [els] = highlightOffsets(index, [
      {
        start: 0,
        end: 12,
        kind: 'note',
        id: 'n9',
        className: 'cl-note',
        dataset: { color: 'pink', x: '<img src=x onerror=alert(1)>' },
        focusable: true,
      },
    ]);
    expect(els?.[0]?.getAttribute('tabindex')).toBe('0');
    expect(els?.[1]?.hasAttribute('tabindex')).toBe(false);
    expect(els?.[0]?.getAttribute('data-color')).toBe('pink');
    expect(els?.[0]?.getAttribute('data-x')).toBe('<img src=x onerror=alert(1)>');
    expect(document.body.querySelector('img')).toBeNull();
    // The page sees the category and nothing that identifies or describes the reader's note.
    expect(els?.[0]?.getAttributeNames().sort()).toEqual(['class', 'data-color', 'data-council-lens', 'data-council-lens-id', 'data-x', 'tabindex']);
    expect(els?.[0]?.getAttribute('data-council-lens-id')).not.toContain('n9');
    expect(markOf(els?.[1])).toEqual({ kind: 'note', id: 'n9' });
  });

  it('handles 2,000 spans on a big generated page', () => {
    const paras = Array.from({ length: 1000 }, (_, i) => `<p>Item ${i}: Cllr Name${i} of <b>Ward ${i % 37}</b> said £${i}m was due.</p>`).join('\n');
    const { index } = setup(`<div>${paras}</div>`);
    const spans: HighlightSpan[] = [];
    for (let i = 0; i < 1000; i++) {
      const at = index.text.indexOf(`Cllr Name${i} `);
      spans.push({ start: at, end: at + `Cllr Name${i} of Ward`.length, kind: 'official', id: `p${i}` });
      const money = index.text.indexOf(`£${i}m`, at);
      spans.push({ start: money, end: money + `£${i}m`.length, kind: 'figure', id: `f${i}` });
    }
    const els = highlightOffsets(index, spans);
    expect(els.every((e) => e.length > 0)).toBe(true);
    expect(els[2 * 999]?.map((e) => e.textContent).join('')).toBe('Cllr Name999 of Ward');
    expect(document.body.querySelectorAll(MARK_TAG).length).toBe(3000);
    removeAllHighlights(document.body);
    expect(document.body.querySelectorAll(MARK_TAG).length).toBe(0);
  });
});

describe('removeHighlights', () => {
  it('restores the exact original DOM, text nodes included', () => {
    const { root, index } = setup();
    const before = root.innerHTML;
    const firstText = root.querySelector('p')?.firstChild;
    const nodeCount = (el: Element) => TextIndex.build(el).nodes.length;
    const originalNodes = nodeCount(root);
    const els = highlightOffsets(index, [
      span(index, 'Sara Whitlow and Cllr Tom', 'official', 'p1'),
      span(index, 'Whitlow', 'note', 'n1'),
      span(index, 'Ivy Dunne: 14 votes\n  Cllr Ben', 'official', 'p2'),
      span(index, '£400,000', 'figure', 'f2'),
    ]);
    expect(root.innerHTML).not.toBe(before);
    removeHighlights(els.flat().reverse());
    expect(root.innerHTML).toBe(before);
    expect(nodeCount(root)).toBe(originalNodes);
    expect(root.querySelector('p')?.firstChild).toBe(firstText);
  });

  it('removes one kind and keeps the rest', () => {
    const { root, index } = setup('<p>Cllr Sara Whitlow said £5m.</p>');
    highlightOffsets(index, [span(index, 'Cllr Sara Whitlow', 'official', 'p'), span(index, '£5m', 'figure', 'f')]);
    removeAllHighlights(root, 'official');
    expect(root.querySelectorAll(MARK_TAG)).toHaveLength(1);
    expect(root.querySelector('p')?.firstChild?.textContent).toBe('Cllr Sara Whitlow said ');
  });

  it('leaves alone marks a page forged, and does not take their attributes for ours', () => {
    const { root, index } = setup('<p>Cllr Sara Whitlow said £5m.</p><p><council-lens-mark data-council-lens="official">Fake</council-lens-mark></p>');
    const real = highlightOffsets(index, [span(index, '£5m', 'figure', 'f')])[0]?.[0];
    real!.setAttribute('data-council-lens', 'official'); // a page relabels our mark
    const forged = root.querySelector('p:last-child council-lens-mark') as HTMLElement;
    expect(markOf(forged)).toBeUndefined();
    removeAllHighlights(root, 'official');
    expect(root.querySelectorAll(MARK_TAG)).toHaveLength(2);
    removeHighlights([forged]);
    expect(forged.isConnected).toBe(true);
    removeAllHighlights(root, 'figure');
    expect(real!.isConnected).toBe(false);
    expect(Array.from(root.querySelectorAll(MARK_TAG))).toEqual([forged]);
  });
});
