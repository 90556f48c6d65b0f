// @vitest-environment happy-dom
/**
 * Anchoring runs on every page with selectors that came from storage or an imported file: random
 * page text and random (often nonsensical) selectors must never throw, and a placement must lie
 * inside the page text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor } from '@/core/anchoring/anchor';
import { matchQuote } from '@/core/anchoring/match-quote';
import { TextIndex } from '@/core/anchoring/text-index';
import type { AnnotationTarget } from '@/core/model/annotation';

const words = fc.constantFrom('council', 'budget', '£4.2m', 'Cllr', 'Okafor', 'said', 'the', 'ward', '2024/25', '—', 'é', '👍', '\u00a0', ' ', '\n');
const paragraph = fc.array(words, { maxLength: 40 }).map((w) => w.join(' '));
const pageText = fc.array(paragraph, { minLength: 1, maxLength: 8 });
const offset = fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 31));

function page(paragraphs: string[]): HTMLElement {
  const root = document.createElement('article');
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    root.append(p);
  }
  return root;
}

describe('anchoring random selectors on random pages', () => {
  it('never throws, and places only inside the text', () => {
    fc.assert(
      fc.property(
        pageText,
        fc.string({ maxLength: 60 }),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        offset,
        offset,
        fc.boolean(),
        (paragraphs, randomQuote, prefix, suffix, start, end, fromPage) => {
          const root = page(paragraphs);
          const index = TextIndex.build(root);
          const exact =
            fromPage && index.text.length > 2
              ? index.text.slice(Math.min(start, end) % index.text.length, (Math.max(start, end) % index.text.length) + 1)
              : randomQuote;
          const target: AnnotationTarget = {
            quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
            position: { type: 'TextPositionSelector', start, end },
          };
          const placed = anchor(root, target, index);
          if (placed) {
            expect(placed.start).toBeGreaterThanOrEqual(0);
            expect(placed.end).toBeLessThanOrEqual(index.text.length);
            expect(placed.start).toBeLessThanOrEqual(placed.end);
            if (placed.method !== 'fuzzy') expect(index.text.slice(placed.start, placed.end)).toBe(exact);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('matchQuote never throws on random text and context', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 80 }),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        offset,
        (text, quote, prefix, suffix, hint) => {
          const m = matchQuote(text, quote, { prefix, suffix, hint });
          if (m) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.score).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  // Found by the fuzzer: a stored position far beyond the page's end (a page that got shorter, an
  // imported selector) drove the closeness term below zero and could orphan a good match.
  it('keeps scores in [0, 1] when the old position is far beyond the text', () => {
    const m = matchQuote('the budget gap was £4.2m', 'budget gap', { hint: 100_000_000 });
    expect(m?.score).toBeGreaterThanOrEqual(0);
    expect(m?.score).toBeLessThanOrEqual(1);
  });
});
