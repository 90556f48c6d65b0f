/**
 * Stop 37, from the dev55 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a school's name written before its head ("the Laurel Run principal"), a ward named
 * before "ward" in a "whose ward includes" clause, a public body's budget analyst, and staff of a
 * public body named in full ("with the State Pathology Department"); a think tank's analyst is not.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const people = (r: ReturnType<typeof detect>) => r.people.map((p) => p.name);
const board = 'The school board voted 5-4 on Tuesday to close Alder Brook Elementary School, and the district will sell the site.';
const county = 'The county board of supervisors adopted the budget on Monday, and the sheriff will hire four deputies.';

describe("a school's name before its head", () => {
  it.each([
    ['Rosa Vance, the Alder Brook principal, said teachers would have a say.', 'Rosa Vance'],
    ['Rosa Vance, the Alder Brook Elementary principal, said teachers would have a say.', 'Rosa Vance'],
  ])('%s', (sentence, name) => {
    expect(officials(detect([board, sentence]))).toEqual([name]);
  });

  it('is no post when no head follows the name', () => {
    expect(officials(detect([board, 'Rosa Vance, the Alder Brook parent, said teachers would have a say.']))).toEqual([]);
  });
});

describe('a ward named in a "whose ward" clause', () => {
  it('makes its member an official', () => {
    const r = detect(['The cabinet voted to close the school.', 'Sian Pryce, whose Blaen-y-cwm ward includes part of the catchment, spoke against it.']);
    expect(officials(r)).toEqual(['Sian Pryce']);
  });
});

describe("a public body's analyst", () => {
  it('is its staff in a story about the body', () => {
    const r = detect([county, 'Premiums rise 11%, according to a summary by budget analyst Kyle Brandt.']);
    expect(officials(r)).toEqual(['Kyle Brandt']);
  });

  it('is no official at a think tank', () => {
    const r = detect([county, 'Erin Cole, a policy analyst at the Silver State Policy Institute, called it reckless.']);
    expect(people(r)).toEqual(['Erin Cole']);
  });
});

describe('staff of a public body named in full', () => {
  it.each([
    ['Dr Ann Kerr, a consultant forensic pathologist with the State Pathology Department, gave evidence.', 'Ann Kerr'],
    ['Dr Tom Reid, a consultant in health protection at the UK Health Security Agency, said cases were rising.', 'Tom Reid'],
  ])('%s', (sentence, name) => {
    expect(officials(detect(['The inquest into the crash heard evidence on Monday.', sentence]))).toEqual([name]);
  });

  it('is no official at an agency that is a firm', () => {
    expect(people(detect(['The council met on Monday.', 'Jo Pike, a negotiator at the Harlow Estate Agency, said prices were rising.']))).toEqual(['Jo Pike']);
  });
});
