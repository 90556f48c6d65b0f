/**
 * Stop 49, from the dev102 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a seat numbered by an ordinal word ("Fourth District Supervisor X"); a school district's
 * initials in a title ("Mesquite Shoals ISD Superintendent X"); "Principal Social Worker X";
 * "Superintendents" as a plural title; a plural title after a body's word ("Port Commissioners X and
 * Y"); a roll opened by "voted against, along with"; a foster carer who "has fostered for the council";
 * and a union whose name opens like a public body's ("the Local Authority Workers' Union").
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const lede = 'The council voted 12-9 on Monday, and the committee agreed.';
const names = (...sentences: string[]) => {
  const r = detect([lede, ...sentences]);
  return { officials: r.officials.map((p) => p.name), people: r.people.map((p) => p.name) };
};
const mentions = (sentence: string, name: string) => byName(detect([lede, sentence]).officials, name)?.mentions.map((m) => m.text);

describe('titles', () => {
  it.each([
    ['Fourth District Supervisor Ana Pike said no.', 'Fourth District Supervisor Ana Pike'],
    ['Mesquite Shoals ISD Superintendent Dr. Ana Pike said no.', 'ISD Superintendent Dr. Ana Pike'],
    ['Principal Social Worker Ana Pike told members turnover had fallen.', 'Principal Social Worker Ana Pike'],
    ['Marlow County Drain Commissioner Ana Pike said no.', 'County Drain Commissioner Ana Pike'],
  ])('%s', (sentence, mention) => {
    expect(mentions(sentence, 'Ana Pike')).toEqual([mention]);
  });
});

describe('lists', () => {
  it.each([
    'Superintendents Aidan Roe and Clodagh Burke also attended the meeting.',
    'The chairman came along with Port Commissioners Aidan Roe and Clodagh Burke.',
    'Mr Hale voted against, along with Independents Aidan Roe and Clodagh Burke.',
  ])('%s', (sentence) => {
    expect(names(sentence).officials).toEqual(expect.arrayContaining(['Aidan Roe', 'Clodagh Burke']));
  });
});

describe('not staff', () => {
  it('leaves a foster carer a person, and keeps one who works for the council staff', () => {
    expect(names('Denise Hart, 63, who has fostered for the council since the 1980s, told the committee carers were tired.').people).toEqual(['Denise Hart']);
    expect(names('Tom Hay, who has worked for the council since 1990, said so.').officials).toEqual(['Tom Hay']);
  });

  it('reads a union whose name opens like a public body’s as a union', () => {
    expect(names('Niall Deane, a branch secretary with the Local Authority Workers’ Union, said the council had lost staff.').officials).toEqual([]);
  });
});
