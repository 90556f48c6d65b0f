/**
 * Stop 52, from the dev110 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a plural title over names that each carry their township ("Supervisors X of Weller
 * Township and Y of Kettle Township"), a seat abbreviated before a title ("Div. 5 Coun. X"), and a
 * head who runs two state schools "as a federation"; from the dev111 pages, a council's "Meetings
 * Administrator"; and, from one of Readability's real pages, an academic at a university known by its
 * initials.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const lede = 'The county board voted 4-1 on Tuesday to take over the roads, after a two-hour hearing at the courthouse.';
const run = (...sentences: string[]) => detect([lede, ...sentences]);

describe('seats written with a list or before a title', () => {
  it('carries a plural title past "of <name> Township" to the next name', () => {
    const r = run('Supervisors Ada Finch of Orrin Township and Cole Berry of Mast Township split on the plan. Berry backed it.');
    expect(byName(r.officials, 'Ada Finch')).toBeDefined();
    expect(byName(r.officials, 'Cole Berry')?.mentions.map((m) => m.text)).toEqual(['Cole Berry', 'Berry']);
    // A township is a place, never a person.
    expect([...r.officials, ...r.people].map((p) => p.name)).not.toContain('Orrin Township');
  });

  it('reads an abbreviated division before a councillor’s title as part of it', () => {
    const r = run('“We cannot keep asking farmers to pay,” said Div. 3 Coun. Ada Finch, who moved the amendment.');
    expect(byName(r.officials, 'Ada Finch')?.mentions[0]?.text).toBe('Div. 3 Coun. Ada Finch');
  });
});

describe('a head of federated schools', () => {
  it('keeps a headteacher official who "has led" two schools "as a federation"', () => {
    const r = run('Headteacher Ada Finch, who has led Ysgol Pentir and Ysgol Llyn as a federation since 2020, asked for a guarantee.');
    expect(byName(r.officials, 'Ada Finch')).toBeDefined();
  });

  it('still reads a union federation’s officer as no official', () => {
    const r = run('Ada Finch, who chairs the Police Federation, said officers were stretched.');
    expect(byName(r.people, 'Ada Finch')).toBeDefined();
  });
});

describe('a university known by its initials', () => {
  it('reads the head of a department at MIT as an academic, not an official', () => {
    const r = detect(['The study was published on Monday.', 'Ada Finch, the head of MIT’s history department, said the paper was sound.']);
    expect(byName(r.people, 'Ada Finch')).toBeDefined();
  });
});

describe('a council’s meetings staff', () => {
  it('reads "Meetings Administrator X" as a title and an office', () => {
    const r = run('Two members were absent. Meetings Administrator Ada Finch read the result to the chamber.');
    expect(byName(r.officials, 'Ada Finch')?.mentions[0]?.text).toBe('Meetings Administrator Ada Finch');
  });
});
