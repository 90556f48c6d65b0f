/**
 * Stop 47, from the dev92 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): "Chancery Clerk" and "Circuit Clerk" as titles, a lettered seat heading a title
 * ("District C Councilwoman X"), and a member "appointed to the board" told in an apposition.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const mentions = (r: ReturnType<typeof detect>, name: string) => [...r.officials, ...r.people].find((p) => p.name === name)?.mentions.map((m) => m.text);
const board = 'The board of supervisors voted 4-1 on Monday to adopt the new district map.';

describe('county clerks of courts', () => {
  it.each([
    ['No amendment is needed, Chancery Clerk Lottie Bramlett said.', 'Lottie Bramlett', 'Chancery Clerk Lottie Bramlett'],
    ['Circuit Clerk Dewey Sand said the rolls were ready.', 'Dewey Sand', 'Circuit Clerk Dewey Sand'],
  ])('%s', (sentence, name, mention) => {
    const r = detect([board, sentence]);
    expect(officials(r)).toEqual([name]);
    expect(mentions(r, name)).toEqual([mention]);
  });
});

describe('a lettered seat before a title', () => {
  it('heads the mention', () => {
    const r = detect(['The city council voted 5-2 to put the tax on the ballot.', 'District B Councilwoman Odile Ferrand voted no.']);
    expect(mentions(r, 'Odile Ferrand')).toEqual(['District B Councilwoman Odile Ferrand']);
  });
});

describe('"X, a local attorney appointed to the board in 2023,"', () => {
  const ethics = 'The city ethics board voted 4-1 on Tuesday to sustain a complaint against Councilman Rod Blaylock.';
  it('is a member of the board', () => {
    expect(officials(detect([ethics, 'Ines Calloway, a Brookfield attorney appointed to the board in 2023, dissented.']))).toContain('Ines Calloway');
  });
  it('is not one of a company’s board', () => {
    expect(officials(detect([ethics, 'Ines Calloway, a lawyer appointed to the board of Dunmore Ltd in 2023, spoke.']))).not.toContain('Ines Calloway');
  });
});
