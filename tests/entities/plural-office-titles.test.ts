/**
 * The one list of plural office titles: each, written before a list of names, makes every name in
 * the list an official holding the title's singular, and is never read as part of a name. A title
 * added to the list is covered here.
 */
import { describe, expect, it } from 'vitest';
import { PLURAL_OFFICE_SINGULARS, PLURAL_OFFICE_TITLES } from '../../core/entities/role-lexicon';
import { byName, detect, mentionTexts } from './helpers';

/** The title as a paper capitalises it at a sentence's start ("MSPs", "Councilmembers"). */
const asWritten = (title: string): string => (ACRONYMS.has(title) ? title.slice(0, -1).toUpperCase() + 's' : title[0]!.toUpperCase() + title.slice(1));
const ACRONYMS = new Set(['mps', 'msps', 'mlas', 'meps', 'tds', 'pcsos']);

describe('plural office titles', () => {
  it.each(PLURAL_OFFICE_TITLES.map((t) => [asWritten(t), t]))('"%s Ann Lee and Raj Patel" titles both names', (title, plural) => {
    const r = detect([
      'The spring fair drew a large crowd to the park on Sunday.',
      `${title} Ann Lee and Raj Patel judged the cake contest. Lee said the lemon cake won easily.`,
    ]);
    expect(mentionTexts(byName(r.officials, 'Ann Lee'))).toEqual(['Ann Lee', 'Lee']);
    expect(byName(r.officials, 'Raj Patel')?.role).toBe(PLURAL_OFFICE_SINGULARS[plural]);
    expect(r.officials.map((o) => o.name)).not.toContain(`${title} Ann Lee`);
  });
});
