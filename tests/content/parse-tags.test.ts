import { describe, expect, it } from 'vitest';
import { parseTags } from '@/core/tags';

describe('parseTags', () => {
  it('splits on commas, trims, drops empties and duplicates', () => {
    expect(parseTags(' budget, Cllr Smith ,, tax,budget ')).toEqual(['budget', 'Cllr Smith', 'tax']);
    expect(parseTags('')).toEqual([]);
  });
});
