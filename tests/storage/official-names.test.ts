import { describe, expect, it } from 'vitest';
import { nameKey, nameSlug, surnameVariants } from '@/storage/official-names';
import { resolveOfficials } from '@/storage/resolve-officials';
import { NOW, official } from './fixtures';

describe('official names', () => {
  it('drops titles, post-nominals, accents, punctuation and possessives', () => {
    expect(nameKey('Cllr Mark Rogers')).toBe('mark rogers');
    expect(nameKey('Councillor Mark Rogers MP')).toBe('mark rogers');
    expect(nameKey('Council member Ana Parajón')).toBe('ana parajon');
    expect(nameKey("Ms O'Sullivan")).toBe('osullivan');
    expect(nameKey('Mr. Rogers’s')).toBe('rogers');
    expect(nameSlug('Dr Siân Lloyd-Jones')).toBe('sian-lloyd-jones');
    expect(nameSlug('Mayor')).toBe('mayor');
  });

  it('tries both spellings of a misspelt possessive surname', () => {
    expect(surnameVariants("Mr Roger's")).toEqual(['roger', 'rogers']);
    expect(surnameVariants('Rogers')).toEqual(['rogers']);
  });

  it('resolves a misspelt possessive to the one official with that surname', () => {
    const existing = [{ id: 'mark-rogers', name: 'Mark Rogers', aliases: [], roles: [], watchlistId: null, updatedAt: '' }];
    const { ids, changed } = resolveOfficials(existing, [official("Mr Roger's")], NOW);
    expect(ids).toEqual(['mark-rogers']);
    expect(changed.get('mark-rogers')?.aliases).toEqual(["Mr Roger's"]);
  });
});
