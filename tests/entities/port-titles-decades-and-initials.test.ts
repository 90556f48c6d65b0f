/**
 * Stop 47, from the dev90 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a port or park opening a title run ("Port Executive Director X"); a district's side told
 * "of the port district" as a seat's area, not a client; a duty chaired "through much of the 2000s"
 * as a past one; and a post of a public body the article names written with its initials ("The EA’s").
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const byName = (r: ReturnType<typeof detect>) => new Map([...r.officials, ...r.people].map((p) => [p.name, p]));
const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const port = 'The port commission voted 2-1 on Tuesday to lease the old cannery site to a boatbuilder.';

describe('a body kind opening a title run', () => {
  it('is part of the title', () => {
    const r = detect([port, 'Port Executive Director Nadia Brill said talks had taken 18 months.']);
    expect(
      byName(r)
        .get('Nadia Brill')
        ?.mentions.map((m) => m.text),
    ).toEqual(['Port Executive Director Nadia Brill']);
    expect(officials(r)).toEqual(['Nadia Brill']);
  });
});

describe('"who represents the east side of the port district"', () => {
  it('leaves a titled commissioner an official', () => {
    const r = detect([
      port,
      'District 3 Commissioner Walt Ebner voted no.',
      'Ebner, who represents the north side of the port district, said the rent was too low.',
    ]);
    expect(officials(r)).toEqual(['Walt Ebner']);
  });
});

describe('a duty told in the past through a decade', () => {
  it('is a former post', () => {
    const r = detect([
      'The water board met on Tuesday.',
      'Irma Vosk, who chaired the board through much of the 1990s, said she had signed the recall petition.',
    ]);
    expect(officials(r)).toEqual([]);
    expect(byName(r).get('Irma Vosk')?.role).toBe('formerly chaired the board');
  });
});

describe("a public body's initials as the owner of a post", () => {
  it('make the post public when the article names the body', () => {
    const r = detect([
      'Parents fear the Education Authority review will cut rural bus routes.',
      'The EA’s Chief Executive, Dr Rhona Keel, said every route was being looked at.',
    ]);
    expect(officials(r)).toEqual(['Rhona Keel']);
  });

  it('say nothing when the article names no body with those initials', () => {
    const r = detect(['Parents fear the review will cut rural bus routes.', 'The EA’s Chief Executive, Dr Rhona Keel, said every route was being looked at.']);
    expect(officials(r)).toEqual([]);
  });
});
