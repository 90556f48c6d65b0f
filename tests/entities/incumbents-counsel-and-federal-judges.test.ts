/**
 * Stop 38, from the dev61 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): an election's incumbent holds the seat being fought, a barrister "for the council" is
 * the council's counsel, and "U.S. District Judge X" keeps its country in the mention.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const race = 'Five candidates are running for three seats on the Cedar Bluff school board in the May election.';

describe('an incumbent', () => {
  it.each([
    ['Place 2 incumbent Rosa Lind faces a challenge from Omar Tate, a retired pilot.'],
    ['The incumbent, Rosa Lind, faces a challenge from Omar Tate, a retired pilot.'],
  ])('holds the seat: %s', (sentence) => {
    const r = detect([race, sentence, 'Lind said she would run on her record. Tate said he would win.']);
    expect(officials(r)).toEqual(['Rosa Lind']);
  });

  it('gives way to a title for the role shown', () => {
    const r = detect([race, 'Board Vice President Rosa Lind is the only incumbent running. Lind said she was proud of the board.']);
    expect(r.officials.map((p) => p.role)).toEqual(['Board Vice President']);
  });
});

describe('counsel for a public body', () => {
  it('is its official; counsel for a resident is not', () => {
    const r = detect([
      'The High Court heard the challenge to the council’s planning decision on Tuesday.',
      'Ruth Amis, for the residents, said the report was wrong. Omar Blake KC, for the council, argued that the decision was sound.',
      'The judge will rule later.',
    ]);
    expect(officials(r)).toEqual(['Omar Blake']);
  });
});

describe('a federal judge', () => {
  it('keeps "U.S." in the mention', () => {
    const r = detect(['The city council approved the settlement on Monday.', 'U.S. District Judge Ana Pruitt must still approve it.', 'The end.']);
    expect(r.officials.map((p) => p.mentions.map((m) => m.text))).toEqual([['U.S. District Judge Ana Pruitt']]);
  });
});
