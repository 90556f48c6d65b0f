/**
 * A Kentucky county's fiscal court, as its papers write it (dev69): "Magistrates A, B and C" titles a
 * list, "District 2 Magistrate X" keeps the numbered seat in the mention, "Jailer Y" is an elected office.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('a fiscal court', () => {
  const r = detect([
    'The Harlan County Fiscal Court voted 4-2 on Tuesday to raise the payroll tax.',
    'Magistrates Dena Pike, Roy Eads and Mary Lou Gibbs joined Judge-Executive Ann Whitt in voting for it. Pike said the ambulances decided it.',
    'District 2 Magistrate Jim Coyle voted no. Jailer Fred Combs told the court the jail held 241 inmates.',
  ]);

  it('reads a plural "Magistrates" as the title of a list, each name a magistrate', () => {
    expect(mentionTexts(byName(r.officials, 'Dena Pike'))).toEqual(['Dena Pike', 'Pike']);
    expect(byName(r.officials, 'Roy Eads')?.role).toBe('magistrate');
    expect(byName(r.officials, 'Mary Lou Gibbs')).toBeDefined();
  });

  it('keeps a numbered seat before "Magistrate", and reads "Jailer" as an office', () => {
    expect(mentionTexts(byName(r.officials, 'Jim Coyle'))).toEqual(['District 2 Magistrate Jim Coyle']);
    expect(mentionTexts(byName(r.officials, 'Fred Combs'))).toEqual(['Jailer Fred Combs']);
  });
});
