import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, diffText, mergeText } from '@/sync/text-merge';

describe('text merge', () => {
  it('a diff applied to its base gives the target', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(applyEdit(a, diffText(a, b))).toBe(b);
      }),
    );
  });

  it('keeps both sides’ edits when they touch different places', () => {
    expect(mergeText('The council voted.', 'The full council voted.', 'The council voted today.')).toBe('The full council voted today.');
    expect(mergeText('The council voted.', 'The council voted today.', 'The full council voted.')).toBe('The full council voted today.');
  });

  it('keeps what was typed on each side when the edits overlap', () => {
    const merged = mergeText('budget of 4m', 'budget of 4.2m', 'budget of 5m');
    expect(merged).toContain('5');
    expect(merged).toContain('.2');
  });

  it('a change on one side only is that side’s text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (base, changed) => {
        expect(mergeText(base, changed, base)).toBe(changed);
        expect(mergeText(base, base, changed)).toBe(changed);
      }),
    );
  });

  it('never splits a surrogate pair', () => {
    const edit = diffText('a\u{1F600}b', 'a\u{1F601}b');
    expect(edit).toEqual({ start: 1, end: 3, insert: '\u{1F601}' });
  });
});
