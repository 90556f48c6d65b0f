/**
 * A New York county legislature as its papers write it (dev71): "Legislators A, R-Town, and B,
 * D-Town," is a list of members, each with a party and home town; its party leaders and chairman
 * are titled "Majority Leader", "Minority Leader" and "Legislature Chairman".
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('a county legislature', () => {
  const r = detect([
    'The Harlow County Legislature voted 11-3 on Tuesday to renew the extra 1% sales tax.',
    'Legislators Tom Briggs, R-Ashby, and Mary Ellen Cote, D-Fenton Falls, voted no. Briggs said the county spends too much.',
    'Minority Leader Rita Osei, D-Fenton, said she would file a complaint against Legislature Chairman Paul Greco, R-Milford.',
    'Majority Leader Dan Lucero, R-Ashby, called it a stunt.',
  ]);

  it('reads "Legislators" as the title of a list whose names carry party and town', () => {
    expect(mentionTexts(byName(r.officials, 'Tom Briggs'))).toEqual(['Tom Briggs', 'Briggs']);
    expect(byName(r.officials, 'Mary Ellen Cote')?.role).toBe('legislator');
  });

  it("keeps a legislature's party leaders and chairman with their whole titles", () => {
    expect(mentionTexts(byName(r.officials, 'Rita Osei'))).toEqual(['Minority Leader Rita Osei']);
    expect(mentionTexts(byName(r.officials, 'Dan Lucero'))).toEqual(['Majority Leader Dan Lucero']);
    expect(mentionTexts(byName(r.officials, 'Paul Greco'))).toEqual(['Legislature Chairman Paul Greco']);
  });
});
