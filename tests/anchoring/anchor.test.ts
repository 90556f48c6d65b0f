// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchor } from '@/core/anchoring/anchor';
import { describeOffsets, describeRange } from '@/core/anchoring/describe';
import { similarity } from '@/core/anchoring/match-quote';
import { TextIndex } from '@/core/anchoring/text-index';

const ARTICLE = [
  '<h1>Harbourside council tax to rise by 4.99%</h1>',
  '<p>Councillors on Harbourside Borough Council have approved a £12.4m savings plan, ',
  'with the leader, <a href="#">Cllr Maya Okonjo</a>, saying the authority had <em>no choice</em>.</p>',
  '<p>The finance portfolio holder, Cllr Dev Patel, said reserves would fall to £3m by 2026/27.</p>',
  '<p>Opposition leader Cllr Rhian Castell called the plan "a raid on the young".</p>',
].join('');

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Selects the first occurrence of `text` under `root` and describes it. */
function select(root: HTMLElement, text: string, occurrence = 0) {
  const index = TextIndex.build(root);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = index.text.indexOf(text, at + 1);
  const range = index.rangeFromOffsets(at, at + text.length) as Range;
  return describeRange(root, range);
}

describe('describeRange', () => {
  it('stores the quote with 32 characters of context and its position', () => {
    const root = body(ARTICLE);
    const target = select(root, 'Cllr Maya Okonjo');
    const text = TextIndex.build(root).text;
    expect(target.quote.exact).toBe('Cllr Maya Okonjo');
    expect(target.quote.prefix).toHaveLength(32);
    expect(target.quote.suffix).toHaveLength(32);
    expect(text.slice(target.position.start - 32, target.position.end + 32)).toBe(target.quote.prefix + target.quote.exact + target.quote.suffix);
  });

  it('drops whitespace around a selection', () => {
    const root = body('<p>First.</p>\n<p>Second para.</p>\n');
    const index = TextIndex.build(root);
    const range = index.rangeFromOffsets(6, index.text.length) as Range;
    expect(describeRange(root, range).quote.exact).toBe('\nSecond para.'.trim());
  });
});

describe('anchor', () => {
  it('round-trips describe -> anchor by position on an unchanged page', () => {
    const root = body(ARTICLE);
    const target = select(root, 'reserves would fall to £3m');
    const placed = anchor(root, target);
    expect(placed?.method).toBe('position');
    expect(placed?.range.toString()).toBe('reserves would fall to £3m');
  });

  it('finds the quote when text is inserted before it (position mismatch falls back)', () => {
    const root = body(ARTICLE);
    const target = select(root, 'Cllr Dev Patel');
    body('<p>Update: this story has been corrected.</p>' + ARTICLE);
    const placed = anchor(document.body, target);
    expect(placed?.method).toBe('quote');
    expect(placed?.range.toString()).toBe('Cllr Dev Patel');
  });

  it('rejects a position whose text no longer equals the quote', () => {
    const root = body(ARTICLE);
    const target = select(root, 'savings plan');
    body(ARTICLE.replace('Councillors on', 'Members of'));
    const placed = anchor(document.body, target);
    expect(placed?.method).toBe('quote');
    expect(placed?.range.toString()).toBe('savings plan');
    expect(placed?.start).not.toBe(target.position.start);
  });

  it('places a quote whose words were edited with the fuzzy search', () => {
    const root = body(ARTICLE);
    const target = select(root, 'reserves would fall to £3m by 2026/27');
    body(ARTICLE.replace('reserves would fall to £3m', 'reserves could drop to £3m'));
    const placed = anchor(document.body, target);
    expect(placed?.method).toBe('fuzzy');
    expect(placed?.range.toString()).toContain('reserves could drop to £3m by 2026/27');
  });

  it('returns null (an orphan) when the quoted passage was deleted', () => {
    const root = body(ARTICLE);
    const target = select(root, 'Opposition leader Cllr Rhian Castell called the plan');
    body(ARTICLE.replace(/<p>Opposition[^<]*<\/p>/, '<p>Comments are closed.</p>'));
    expect(anchor(document.body, target)).toBeNull();
  });

  it('orphans a deleted quote rather than landing on a look-alike sentence', () => {
    const quote = 'the plan was approved by the cabinet on Tuesday';
    const decoy = 'the park was improved by the council on Monday';
    const html = (middle: string) => `<p>Opposition leader Cllr Ann Ferris said ${middle}, adding it was a disgrace.</p><p>Elsewhere, ${decoy}.</p>`;
    const root = body(html(quote));
    const target = select(root, quote);
    body(html('nothing at all'));
    // Within half-quote-length edits, so a search without a score floor would place it here.
    expect(similarity(document.body.textContent ?? '', quote)).toBeGreaterThanOrEqual(0.5);
    expect(anchor(document.body, target)).toBeNull();
  });

  it('picks the repeated quote whose prefix and suffix match', () => {
    const html =
      '<p>Cllr Jo Brand of Northmere said the plan was fair.</p>' +
      '<p>Later, Cllr Jo Brand of Eastwick said the plan was unfair to tenants.</p>' +
      '<p>Cllr Jo Brand of Northmere replied that it was not.</p>';
    const root = body(html);
    const target = select(root, 'Cllr Jo Brand', 1);
    expect(target.quote.prefix.endsWith('Later, ')).toBe(true);
    // Move everything so the stored position is useless, then re-anchor.
    body('<p>Breaking news banner text here.</p>' + html);
    const placed = anchor(document.body, target);
    expect(placed?.method).toBe('quote');
    const after = document.body.textContent?.slice(placed?.end ?? 0, (placed?.end ?? 0) + 12);
    expect(after).toBe(' of Eastwick');
  });

  it('prefers the occurrence nearest the old position when contexts tie', () => {
    const text = 'x '.repeat(40) + 'budget ' + 'y '.repeat(40) + 'budget ' + 'z '.repeat(40);
    const root = body(`<p>${text}</p>`);
    const index = TextIndex.build(root);
    const second = index.text.lastIndexOf('budget');
    const target = describeOffsets(index, second, second + 6);
    target.quote.prefix = '';
    target.quote.suffix = '';
    target.position = { type: 'TextPositionSelector', start: second - 3, end: second + 3 };
    expect(anchor(root, target, index)?.start).toBe(second);
  });

  it('handles emoji and accented text (UTF-16 positions)', () => {
    const html = '<p>Café owner 🎉 Zoë Ní Bhriain 👍🏽 welcomed the £1.5m grant for Ébène Square.</p>';
    const root = body(html);
    const target = select(root, 'Zoë Ní Bhriain 👍🏽 welcomed');
    expect(target.position.end - target.position.start).toBe('Zoë Ní Bhriain 👍🏽 welcomed'.length);
    const before = root.textContent!.slice(0, target.position.start);
    expect(target.codePoints).toEqual({
      start: [...before].length,
      end: [...before].length + [...'Zoë Ní Bhriain 👍🏽 welcomed'].length,
    });
    expect(anchor(root, target)?.range.toString()).toBe('Zoë Ní Bhriain 👍🏽 welcomed');
    body('<p>🎉🎉 New: </p>' + html.replace('welcomed', 'praised'));
    const placed = anchor(document.body, target);
    expect(placed?.method).toBe('fuzzy');
    expect(placed?.range.toString()).toContain('Zoë Ní Bhriain 👍🏽');
  });

  it('never cuts an emoji in half in the stored context', () => {
    const root = body(`<p>${'🏛'.repeat(20)}quote${'🏛'.repeat(20)}</p>`);
    const target = select(root, 'quote');
    expect(target.quote.prefix).toBe('🏛'.repeat(16));
    expect(target.quote.suffix).toBe('🏛'.repeat(16));
  });

  it('matches a long quote by its ends after its middle was edited', () => {
    const sentences = Array.from({ length: 12 }, (_, i) => `Item ${i + 1}: the cabinet of Westfold District Council noted report ${i * 7 + 3}. `).join('');
    const root = body(`<p>Intro paragraph.</p><p>${sentences}</p><p>Outro paragraph.</p>`);
    const quote = sentences.trim();
    expect(quote.length).toBeGreaterThan(256);
    const target = select(root, quote);
    body(`<p>Intro paragraph.</p><p>${sentences.replace('report 24', 'the amended report 24')}</p><p>Outro.</p>`);
    const placed = anchor(document.body, target);
    expect(placed?.method).toBe('fuzzy');
    const got = placed?.range.toString() ?? '';
    expect(got.startsWith('Item 1:')).toBe(true);
    expect(got.endsWith('report 80.')).toBe(true);
  });

  it('gives up on an empty quote', () => {
    const root = body(ARTICLE);
    expect(
      anchor(root, {
        quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 0 },
      }),
    ).toBeNull();
  });

  it('anchors against a big generated page, exact, fuzzy and orphan (bounded work, no timing)', () => {
    const paras = Array.from(
      { length: 3000 },
      (_, i) => `<p>Item ${i}: Cllr Name${i} of Ward ${i % 41} said the £${i}m scheme was ${i % 2 ? 'fair' : 'late'}.</p>`,
    ).join('');
    const root = body(paras);
    const index = TextIndex.build(root);
    const at = index.text.indexOf('Cllr Name2500 of Ward');
    const target = describeOffsets(index, at, at + 'Cllr Name2500 of Ward 40 said the £2500m scheme'.length);
    const edited = body(paras.replace('Cllr Name2500 of Ward 40', 'Councillor Name2500 of Ward 40'));
    const placed = anchor(edited, target);
    expect(placed?.method).toBe('fuzzy');
    expect(placed?.range.toString()).toContain('Name2500 of Ward 40 said the £2500m scheme');
    const missing = { ...target, quote: { ...target.quote, exact: 'Zebras munched hay quietly beside the yurts at dawn' } };
    expect(anchor(edited, missing)).toBeNull();
  });
});
