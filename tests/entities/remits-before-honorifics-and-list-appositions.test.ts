/**
 * Stop 47, from the dev92 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a post written out with its remit before an honorific ("Director of Public Health Dr X")
 * heads the mention, and a plural apposition after a titled list's last name ("..., the leaders of
 * four councils,") is the list's, so the list's title still reaches that name.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const mentions = (r: ReturnType<typeof detect>, name: string) => [...r.officials, ...r.people].find((p) => p.name === name)?.mentions.map((m) => m.text);

describe('a remit title before an honorific', () => {
  const board = "The council's health and wellbeing board met on Monday.";
  it.each([
    ['Director of Public Health Dr Nisha Rao said cases were rising.', 'Nisha Rao', 'Director of Public Health Dr Nisha Rao'],
    ['Deputy Director of Adult Social Care Dr Owen Pryce said so.', 'Owen Pryce', 'Deputy Director of Adult Social Care Dr Owen Pryce'],
  ])('%s', (sentence, name, mention) => {
    expect(mentions(detect([board, sentence]), name)).toEqual([mention]);
  });

  it('is no title behind a comma', () => {
    expect(mentions(detect([board, 'The Director of Public Health, Dr Nisha Rao, said cases were rising.']), 'Nisha Rao')).toEqual(['Dr Nisha Rao']);
  });
});

describe('a plural apposition after a titled list', () => {
  it('leaves the last name under the list’s title', () => {
    const r = detect([
      'The combined authority approved its budget on Friday.',
      'Councillors Ada Pym, Sol Haddad and Rhian Vance, the leaders of Aldwick, Brent Vale and Caster councils, voted in favour.',
    ]);
    expect(r.officials.map((p) => p.name)).toEqual(['Ada Pym', 'Sol Haddad', 'Rhian Vance']);
  });
});
