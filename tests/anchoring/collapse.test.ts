import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse, collapsedOffset, rawRange } from '@/core/anchoring/collapse';

/** The definition, a character at a time: the oracle the piecewise map must agree with. */
function reference(raw: string): { text: string; toRaw: number[] } {
  const invisible = (c: string) => /[\u00ad\u200b-\u200d\u2060\ufeff]/.test(c);
  const space = (c: string) => /\s/.test(c) && !invisible(c);
  let text = '';
  const toRaw: number[] = [];
  let pending = -1; // first whitespace unit of the run in progress
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (invisible(c)) continue;
    if (space(c)) {
      if (pending < 0) pending = i;
      continue;
    }
    if (pending >= 0 && text.length > 0) {
      text += ' ';
      toRaw.push(pending);
    }
    pending = -1;
    text += c;
    toRaw.push(i);
  }
  return { text, toRaw };
}

const unit = fc.constantFrom('a', 'B', '£', '7', ' ', ' ', '\n', '\t', '\u00a0', '\u00ad', '\u200b', '\ufeff', '\u2003', '.');

describe('collapse', () => {
  it('collapses runs to one space, trims, drops invisible characters, and maps every unit back', () => {
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 60 }).map((a) => a.join('')),
        (raw) => {
          const c = collapse(raw);
          const want = reference(raw);
          expect(c.text).toBe(want.text);
          want.toRaw.forEach((r, k) => expect(rawRange(c, k, k + 1)).toEqual({ start: r, end: r + 1 }));
          for (let offset = 0; offset <= raw.length + 1; offset++) {
            expect(collapsedOffset(c, offset)).toBe(want.toRaw.filter((r) => r < offset).length);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps ordinary text as one piece however long it is', () => {
    const raw = 'Cllr Ann Lee said the gap was £4.2m. '.repeat(2_000).trim();
    const c = collapse(raw);
    expect(c.text).toBe(raw);
    expect(c.pieceStarts).toEqual([0]);
    expect(rawRange(c, 5, 8)).toEqual({ start: 5, end: 8 });
  });
});
