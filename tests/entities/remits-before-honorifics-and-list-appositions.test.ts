/**
 * Stop 47, from the dev92 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a post written out with its remit before an honorific ("Director of Public Health Dr X")
 * heads the mention, and a plural apposition after a titled list's last name ("..., the leaders of
 * four councils,") is the list's, so the list's title still reaches that name; a trade set before the name
 * behind a comma after a public body's hiring verb ("the board hired an outside lawyer, X").
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

describe('a trade set before the name behind a comma, after a hiring verb', () => {
  const ethics = 'The city ethics board voted 4-1 on Tuesday to sustain a complaint against Councilman Rod Blaylock.';
  it('is hired by the public body that hires', () => {
    const r = detect([ethics, 'The board hired an outside lawyer, Wendell Marsh, to present the case.']);
    expect(r.officials.map((p) => p.name)).toContain('Wendell Marsh');
  });
  it('is not hired by a person', () => {
    const r = detect([ethics, 'Blaylock hired a lawyer, Wendell Marsh, to fight the finding.']);
    expect(r.officials.map((p) => p.name)).not.toContain('Wendell Marsh');
  });
});
