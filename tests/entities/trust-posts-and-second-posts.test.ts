/**
 * Rules from the dev79 pages: an NHS trust's post with the trust's word inside it, a present seat
 * told after a past one or as what someone "sits as", and a post left at the end of a sentence whose
 * first verb is another.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('"the trust chairman, X" in a story about an NHS trust', () => {
  it('is an official of the trust, and not where no NHS body is named', () => {
    const nhs = detect([
      'The board of Kettlewell Hospitals NHS Foundation Trust heard on Thursday that 1,400 patients had waited over a year.',
      'The medical director said more theatre sessions would run. The trust chairman, Sir Owen Lacey, agreed.',
    ]);
    expect(byName(nhs.officials, 'Owen Lacey')?.role).toBe('trust chairman');
    const charity = detect([
      'The Kettlewell Almshouse Trust is raising money to repair its roof.',
      'Volunteers met on Thursday. The trust chairman, Sir Owen Lacey, thanked them.',
    ]);
    expect(byName(charity.officials, 'Owen Lacey')).toBeUndefined();
  });
});

describe('a seat held now, told after one held before', () => {
  it('reads "who led ... until 2022 and now sits as an independent councillor" and "who now sits as" as the present seat', () => {
    const r = detect([
      'Bramhope Council’s leader survived a vote of no confidence on Thursday by 22 votes to 20.',
      'Ian Kerr, who led a Labour-run administration until 2022 and now sits as an independent councillor for Bramhope East, voted for the motion.',
      'Ruth Allan, who now sits as an independent councillor for Bramhope West, voted against.',
      'Neil Ross, who led the council until 2019 and retired from politics, watched from the gallery.',
    ]);
    expect(byName(r.officials, 'Ian Kerr')?.role).toBe('independent councillor for Bramhope East');
    expect(byName(r.officials, 'Ruth Allan')?.role).toBe('independent councillor for Bramhope West');
    expect(byName(r.officials, 'Neil Ross')).toBeUndefined();
  });
});

describe('a post left at the end of the sentence', () => {
  it('reads ", handed in her notice ... and left the post on March 31" as a post held before, not ", ... and left the meeting"', () => {
    const r = detect([
      'Ashgill Parish Council has been told its accounts for last year were incomplete.',
      'Jean Pratt, who had worked for Ashgill Parish Council since 2012, handed in her notice in January and left the post on March 31.',
      'Alan Doyle, who has worked for Ashgill Parish Council since 2015, presented the accounts and left the meeting early.',
    ]);
    expect(byName(r.officials, 'Jean Pratt')).toBeUndefined();
    expect(byName(r.people, 'Jean Pratt')).toBeDefined();
    expect(byName(r.officials, 'Alan Doyle')).toBeDefined();
  });
});
