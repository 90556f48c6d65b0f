/**
 * Shapes from a British Columbia regional district, a Nova Scotia police review, an English scrutiny
 * story and a Florida sheriff's recount (dev73): a lettered electoral area heads a director's title,
 * "Staff Sgt." is one rank, a bare plural and its verb after a place are the sentence's own subject,
 * a board "certified X as the county's next sheriff", and a candidate who "ran with no party
 * affiliation" runs nothing.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('seats and ranks before a name', () => {
  const r = detect([
    'The regional district board voted 7-2 on Thursday to take over the Pinecrest water system.',
    'Area D Director Harjit Dhillon said residents had waited long enough. District 4 Director Sue Kahn agreed.',
    'Staff Sgt. Ian Rafuse, the detachment commander, said calls had risen.',
  ]);

  it('keeps a lettered or numbered seat in the mention', () => {
    expect(mentionTexts(byName(r.officials, 'Harjit Dhillon'))).toEqual(['Area D Director Harjit Dhillon']);
    expect(mentionTexts(byName(r.officials, 'Sue Kahn'))).toEqual(['District 4 Director Sue Kahn']);
  });

  it('reads "Staff Sgt." as one rank', () => {
    expect(mentionTexts(byName(r.officials, 'Ian Rafuse'))).toEqual(['Staff Sgt. Ian Rafuse']);
    expect(byName(r.officials, 'Ian Rafuse')?.role).toBe('staff sergeant');
  });
});

describe('a plural subject after a place', () => {
  it('gives the place no role', () => {
    const r = detect([
      'Ambulances are taking 53 minutes to reach patients in the most rural parts of Wendshire, councillors have been told.',
      'The East Wendshire figure was the worst of any district.',
    ]);
    expect(r.officials).toEqual([]);
  });

  it('gives none to a street before ", and commissioners heard"', () => {
    const r = detect([
      'The Port of Quillan commission voted 2-1 on Tuesday to approve a 30-year lease.',
      'About 40 people attended the meeting at the port’s offices on Front Street, and commissioners heard from 16 speakers.',
    ]);
    expect(r.officials).toEqual([]);
  });
});

describe('an election certified', () => {
  const r = detect([
    "The Marlin County Canvassing Board on Sunday certified Travis Holley as the county's next sheriff, 89 votes ahead of Sheriff Bill Crane.",
    'The third candidate in the race, Ray Dunn, who ran with no party affiliation, received 3,915 votes.',
  ]);

  it('makes the certified winner the office holder to be', () => {
    expect(byName(r.officials, 'Travis Holley')?.role).toBe('next sheriff');
  });

  it('reads "ran with no party affiliation" as a campaign, not a post', () => {
    expect(byName(r.officials, 'Ray Dunn')).toBeUndefined();
    expect(byName(r.people, 'Ray Dunn')).toBeDefined();
  });
});
