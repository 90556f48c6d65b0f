/**
 * Stop 50, from the dev105 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a town named "Port X" or "Fort X" is a place, not a person; a Quebec MRC's "Prefect X";
 * and a vote roll whose last name carries its post set off before the act ("..., Kiri Waaka and Cr
 * Liam Dowd, the ward councillor appointed to the board, voted for").
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const lede = 'The council voted 6-3 on Wednesday night to adopt the bylaw.';
const run = (...sentences: string[]) => detect([lede, ...sentences]);

describe('places and titles', () => {
  it.each(['Port Alder', 'Fort Amity'])('reads "%s" as a place', (place) => {
    const r = run(
      `The leader survived the vote after a meeting at County Hall in ${place} on Wednesday.`,
      `The MP, whose seat includes ${place}, called for calm.`,
    );
    expect([...r.officials, ...r.people].map((p) => p.name)).not.toContain(place);
  });

  it('reads "Prefect X" as the head of a regional county municipality', () => {
    const found = byName(run('MRC du Haut-Brennan Prefect Ana Pike said the deal was sound.').officials, 'Ana Pike');
    expect(found?.mentions.map((m) => m.text)).toEqual(['Prefect Ana Pike']);
  });
});

describe('vote rolls', () => {
  it('reads every name of a roll whose last name has its post set off before the act', () => {
    const r = run('Cr Ann Lee, Cr Bo Kerr, Kiri Waaka and Cr Liam Dowd, the ward councillor appointed to the board, voted for the recommendation.');
    expect(byName(r.officials, 'Kiri Waaka')).toBeDefined();
  });
});
