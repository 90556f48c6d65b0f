/**
 * Stop 53, from the dev113 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a Canadian school authority ("the Marsh Regional Centre for Education") called short ("the
 * regional centre's executive director") is a public body; "its" standing for a public body named just
 * before in the sentence owns the post after it ("For the council, its barrister, X"); and a job "with
 * the state Department of ..." is a public body's staff.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, officialNames } from './helpers';

describe('a regional centre for education called short', () => {
  it('owns its staff’s posts', () => {
    const names = officialNames([
      'The Marsh Regional Centre for Education wants to close Bayhead Consolidated School next June.',
      'Dr. Lena Boutilier, the regional centre’s executive director, told parents the building was half empty.',
      'Gary Zinck, the centre’s director of operations, said the roof needed replacing.',
    ]);
    expect(names).toEqual(expect.arrayContaining(['Lena Boutilier', 'Gary Zinck']));
  });

  it('needs the authority named in the article', () => {
    const names = officialNames(['Parents packed the hall.', 'Gary Zinck, the centre’s director of operations, said the roof needed replacing.']);
    expect(names).not.toContain('Gary Zinck');
  });
});

describe('"its" after a public body in the same sentence', () => {
  it.each([
    'Opening for the council, its barrister, Nadia Rowe, said the site was the most sustainable option.',
    'The council said its barrister, Nadia Rowe, would reply in writing.',
  ])('%s', (sentence) => {
    const r = detect(['The district council’s local plan went before an inspector on Tuesday.', sentence]);
    expect(byName(r.officials, 'Nadia Rowe')?.role).toBe('barrister');
  });

  it('is a firm’s when a firm was named', () => {
    const names = officialNames(['The appeal was heard on Tuesday.', 'Greystone Homes said its barrister, Nadia Rowe, would appeal.']);
    expect(names).not.toContain('Nadia Rowe');
  });
});

describe('a job with the state Department of ...', () => {
  it('is a public body’s staff', () => {
    const names = officialNames([
      'The county commission approved the subdivision 2-1.',
      'In a letter to the county, Ross Tveit, an area wildlife biologist with the state Department of Fish and Game, said elk winter there.',
    ]);
    expect(names).toContain('Ross Tveit');
  });
});
