/**
 * Stop 47, from the dev91 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a roll carried on past a described plural post ("and provincial appointees X and Y"),
 * "Team Leader" as a title, "Commissioner Director X" (a New Jersey board's head), and a former
 * office holder who "now heads" a watchdog named as a project.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const byName = (r: ReturnType<typeof detect>) => new Map([...r.officials, ...r.people].map((p) => [p.name, p]));

describe('a roll carried past a described plural post', () => {
  it('keeps the names after it in the roll', () => {
    const r = detect([
      'The police services board approved its budget on Thursday.',
      'Voting for the budget were Dunmore, Regional Chair Ada Quist and provincial appointees Harlan Fisk and Mina Oduya.',
      'Coun. Pat Dunmore said the increase was needed.',
    ]);
    expect(officials(r)).toEqual(expect.arrayContaining(['Harlan Fisk', 'Mina Oduya']));
  });
});

describe('"Team Leader" as a title', () => {
  it('is part of the mention', () => {
    const r = detect([
      'The licensing sub-committee of the district council met on Monday.',
      'Licensing Team Leader Gwen Pardoe said the premises had breached its conditions.',
    ]);
    expect(
      byName(r)
        .get('Gwen Pardoe')
        ?.mentions.map((m) => m.text),
    ).toEqual(['Licensing Team Leader Gwen Pardoe']);
  });
});

describe('"Commissioner Director X"', () => {
  it('names X, with both titles in the mention', () => {
    const r = detect(['The county commissioners met on Tuesday.', 'Commissioner Director Luisa Varga said the bridge would reopen in June.']);
    expect(officials(r)).toEqual(['Luisa Varga']);
    expect(
      byName(r)
        .get('Luisa Varga')
        ?.mentions.map((m) => m.text),
    ).toEqual(['Commissioner Director Luisa Varga']);
  });
});

describe('a former office holder who now heads a watchdog', () => {
  it('is among people, though the watchdog is named for open government', () => {
    const r = detect([
      'The county commissioners met on Tuesday.',
      'The complaint was filed by Otto Brandl, a former freeholder who now heads the Westvale Open Government Project.',
    ]);
    expect(officials(r)).toEqual([]);
  });
});
