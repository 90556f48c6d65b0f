/**
 * Stop 47, from the dev93 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a council named as its kind "of" a place owns a post ("The City of Tulkara's chief
 * executive"), an ordinal seat before a title read as a word of office ("3rd District Commissioner
 * X"), "Governing Board President X", and a run ending in a post with no given name ("the Principal
 * Councillor Conduct Registrar") names an office, not a person.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const everyone = (r: ReturnType<typeof detect>) => [...r.officials, ...r.people].map((p) => p.name);
const mentions = (r: ReturnType<typeof detect>, name: string) => [...r.officials, ...r.people].find((p) => p.name === name)?.mentions.map((m) => m.text);

describe('a council named as its kind "of" a place', () => {
  it.each([
    "The City of Marrabool's chief executive, Dale Quirk, said costs would be cut.",
    "The Shire of Wandoo's chief executive, Dale Quirk, said costs would be cut.",
  ])('%s', (sentence) => {
    expect(officials(detect([sentence, 'Mr Quirk said so.']))).toEqual(['Dale Quirk']);
  });
});

describe('titles', () => {
  it('keeps an ordinal seat before "District Commissioner"', () => {
    const r = detect(['The county commission voted 2-1 to put the tax on the ballot.', '3rd District Commissioner Vern Haldane voted no.']);
    expect(mentions(r, 'Vern Haldane')).toEqual(['3rd District Commissioner Vern Haldane']);
  });

  it('reads "Governing Board President" whole', () => {
    const r = detect(['The school district will ask voters for a bond.', 'Governing Board President Lena Ruiz said the bond would pass.']);
    expect(mentions(r, 'Lena Ruiz')).toEqual(['Governing Board President Lena Ruiz']);
  });
});

describe('a run ending in a post, with no given name', () => {
  it('names an office, not a person', () => {
    const r = detect(['A spokeswoman for the office of the Principal Councillor Conduct Registrar confirmed the ruling.', 'Cllr Ann Registrar said so.']);
    expect(everyone(r)).not.toContain('Conduct Registrar');
    expect(everyone(r)).toContain('Ann Registrar');
  });
});
