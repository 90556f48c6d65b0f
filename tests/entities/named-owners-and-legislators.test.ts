/**
 * Stop 48, from the dev97 and dev98 pages (written for tuning by helpers who saw no code; the
 * sentences here are new): a post owned by a body named between the article and the post, opened by
 * "A" as well as "The" ("A Marlow Council spokesman, X,"); a union's representative whose union is
 * described by a relative clause naming public staff ("with the union that represents the town's
 * officers"); an Australian "MLC"; "Shire President Cr X"; "The commissioners' chairman, X"; and a post
 * as the subject of a clause that hands over, by a colon, to the named person's words ("The board's
 * nurse director put the case bluntly: Catriona Lyall told members").
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const lede = 'The council voted 5-2 on Monday.';
const officials = (sentence: string) => detect([lede, sentence]).officials.map((p) => p.name);

describe('posts and their owners', () => {
  it.each(['A Marlow Council spokesman, Callum Geddes, said so.', 'An NHS Tayforth spokesman, Callum Geddes, said so.'])('a public body’s: %s', (sentence) => {
    expect(officials(sentence)).toEqual(['Callum Geddes']);
  });

  it.each([
    'A Tesco spokesman, Callum Geddes, said so.',
    'Gilles Mazerolle, a national representative with the union that represents the town’s officers, called the vote a betrayal.',
  ])('a private body’s: %s', (sentence) => {
    expect(officials(sentence)).toEqual([]);
  });

  it('reads an MLC as a legislator', () => {
    expect(officials('Hamish Tregear, a Liberal MLC, said the lease was wrong.')).toEqual(['Hamish Tregear']);
  });

  it('keeps "Shire" in a shire president’s title', () => {
    const r = detect([lede, 'Shire President Cr Megan Foley said so.']);
    expect(r.officials[0]?.mentions.map((m) => m.text)).toEqual(['Shire President Cr Megan Foley']);
  });

  it('reads the commissioners as a public body that owns a post', () => {
    expect(officials('The commissioners’ chairman, Roger Tonkin, said the board had looked at every option.')).toEqual(['Roger Tonkin']);
  });

  it.each([
    ["The board's nurse director put the case bluntly: Catriona Lyall told members the unit could not be staffed.", ['Catriona Lyall']],
    ['The council leader put it simply: Ann Lee had to resign.', []],
  ])('reads a post handing over to someone’s words: %s', (sentence, names) => {
    expect(officials(sentence)).toEqual(names);
  });
});
