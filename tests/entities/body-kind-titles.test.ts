/**
 * Stop 32: "Park Board Chairman Walt Hinds" kept only "Board Chairman" in the mention, because "Park"
 * is a surname as often as a kind of body. Straight before a body's noun it is read into the title;
 * and "Authority" is read as a title word, as "Board" and "Commission" are.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe("a body's kind that is also a surname", () => {
  it("is read into the title before the body's noun", () => {
    const r = detect([
      'Members of the Lakeview Park Board voted 4-1 to close the pool. Park Board Chairman Walt Hinds said the decision was hard.',
      'Sewer District Manager Ana Bell said sewer rates would rise by 6% in July.',
    ]);
    expect(byName(r.officials, 'Walt Hinds')?.mentions.map((m) => m.text)).toEqual(['Park Board Chairman Walt Hinds']);
    expect(byName(r.officials, 'Ana Bell')?.mentions.map((m) => m.text)).toEqual(['Sewer District Manager Ana Bell']);
  });

  it("reads an authority's name into the title as a board's is", () => {
    const r = detect(['Port Authority Director Ana Bell said the ferry terminal would stay open until 2030.']);
    expect(byName(r.officials, 'Ana Bell')?.mentions.map((m) => m.text)).toEqual(['Port Authority Director Ana Bell']);
  });

  it('stays a surname elsewhere', () => {
    const r = detect(['Harlow council met on Monday. Councillor Jane Park said the budget was fair. Cllr Park voted for it.']);
    expect(byName(r.officials, 'Jane Park')?.mentions.map((m) => m.text)).toEqual(['Councillor Jane Park', 'Cllr Park']);
  });
});

describe('capital role words before a post with its remit (stop 33)', () => {
  it('are read into the title', () => {
    const r = detect(['Deputy Director of Finance Raj Malhotra said the gap was large. Cabinet Secretary for Health Jeremy Miles agreed.']);
    expect(byName(r.officials, 'Raj Malhotra')?.mentions.map((m) => m.text)).toEqual(['Deputy Director of Finance Raj Malhotra']);
    expect(byName(r.officials, 'Jeremy Miles')?.role).toBe('Cabinet Secretary for Health');
  });

  it('leave a sentence opening out', () => {
    const r = detect(['On Tuesday Director of Finance Raj Malhotra said the gap was large.']);
    expect(byName(r.officials, 'Raj Malhotra')?.mentions.map((m) => m.text)).toEqual(['Director of Finance Raj Malhotra']);
  });
});
