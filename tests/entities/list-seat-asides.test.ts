/**
 * Stop 48, from the dev94 and dev96 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a plural title before a list reaches every name in it when each name carries its seat,
 * whether a Canadian regional district's "of Electoral Area B" or a capitalised "of Hill Ward" (which
 * may itself read as a name); and a roll whose names, each with party and town, are set off by semicolons.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const roles = (r: ReturnType<typeof detect>) => Object.fromEntries(r.officials.map((p) => [p.name, p.role]));

describe('a plural title over a list of names with seats', () => {
  it.each([
    [
      'The Cedar Vale Regional District board met on Thursday.',
      'Directors Sharon Kibble of Electoral Area B and Wayne Paquette of Electoral Area G voted against the bylaw.',
    ],
    ['Marlow Borough Council met on Thursday.', 'Councillors Sharon Kibble of Stanmore Ward and Wayne Paquette of Eastfield Ward voted against the plan.'],
    ['Marlow Borough Council met on Thursday.', 'Councillors Sharon Kibble of Hill ward and Wayne Paquette of Dale ward voted against the plan.'],
  ])('%s %s', (lede, sentence) => {
    const r = roles(detect([lede, sentence]));
    expect(Object.keys(r)).toEqual(['Sharon Kibble', 'Wayne Paquette']);
    expect(r['Wayne Paquette']).toBe(r['Sharon Kibble']);
  });
});

describe('a roll set off by semicolons after each name’s party and town', () => {
  it('reaches every name', () => {
    const r = roles(
      detect([
        'The Caswell County Legislature approved the deal 11-4 on Tuesday.',
        'Voting no were legislators Roberta Lindgren, D-Pike Ridge; Alan Szabo, R-Quarry Falls; and Teresa Villanueva, D-Stanwix.',
      ]),
    );
    expect(Object.keys(r)).toEqual(['Roberta Lindgren', 'Alan Szabo', 'Teresa Villanueva']);
  });
});
