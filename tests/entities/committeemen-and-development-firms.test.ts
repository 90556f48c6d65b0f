/**
 * From probes written in stop 30: a New Jersey township's committeemen are titled officials, and a
 * firm named "X Development" after its owner is no person.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('township committees and development firms', () => {
  it('reads "Township Committeeman X" as an official and "Hollis Development" as no one', () => {
    const r = detect([
      'The Bramwell Township Committee meets Tuesday to vote on the rezoning.',
      'Township Committeeman Paul Ng said he would vote no. Committeewoman Rita Sousa agreed.',
      'Applicant Greg Hollis, of Hollis Development, wants to build 42 townhomes on the site.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Paul Ng'))).toEqual(['Township Committeeman Paul Ng']);
    expect(mentionTexts(byName(r.officials, 'Rita Sousa'))).toEqual(['Committeewoman Rita Sousa']);
    expect(byName(r.people, 'Greg Hollis')).toBeDefined();
    expect([...r.people, ...r.officials].map((p) => p.name)).not.toContain('Hollis Development');
  });
});
