/**
 * Stop 35, from probes of my own: titles of local offices that other countries' and states' papers
 * write before a name (a New York county legislator, a Louisiana police juror, an Ontario regional
 * councillor or chair, an at-large seat before a title), a post whose years are both given before the name, and a ward written with
 * an ordinal in brackets after each name of a list.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const mentions = (r: ReturnType<typeof detect>, name: string) => byName(r.officials, name)?.mentions.map((m) => m.text);

describe('local titles', () => {
  it('reads a county legislator', () => {
    const r = detect(['County Legislator Peter Vasquez said the county would appeal. Legislator Gina Moretti disagreed.']);
    expect(mentions(r, 'Peter Vasquez')).toEqual(['County Legislator Peter Vasquez']);
    expect(mentions(r, 'Gina Moretti')).toEqual(['Legislator Gina Moretti']);
  });

  it('reads a police juror', () => {
    const r = detect(['Parish President Cheryl Boudreaux vetoed the ordinance. Police Juror Wade Fontenot voted to override.']);
    expect(mentions(r, 'Wade Fontenot')).toEqual(['Police Juror Wade Fontenot']);
  });

  it('reads a regional councillor and, in a story about the region, its chair', () => {
    const r = detect(['The regional council approved the plan. Regional Chair Karen Redfern called it historic. Regional Councillor Tom Ivers voted no.']);
    expect(mentions(r, 'Karen Redfern')).toEqual(['Regional Chair Karen Redfern']);
    expect(mentions(r, 'Tom Ivers')).toEqual(['Regional Councillor Tom Ivers']);
  });

  it('keeps an at-large seat written before the title in the mention', () => {
    const r = detect(['The measure was co-sponsored by At-Large Council Member Gina Hale and At-large Commissioner Tom Reyes.']);
    expect(mentions(r, 'Gina Hale')).toEqual(['At-Large Council Member Gina Hale']);
    expect(byName(r.officials, 'Gina Hale')?.role).toBe('At-Large Council Member');
    expect(mentions(r, 'Tom Reyes')).toEqual(['At-large Commissioner Tom Reyes']);
  });

  it("leaves a firm's regional manager a person", () => {
    const r = detect(['Regional Manager Tom Smith of Acme Haulage said the depot would close.']);
    expect(r.officials).toEqual([]);
  });
});

describe('a post whose years are both given', () => {
  it('is a past post', () => {
    const r = detect(['The council’s leader from 2015 to 2022, Sir Mark Dunn, said the new leader had been unlucky.']);
    expect(r.officials).toEqual([]);
    expect(r.people.map((p) => p.name)).toEqual(['Mark Dunn']);
  });

  it('is a past post told after the name as a predicate in the past ("was superintendent ... from 2014 to 2022")', () => {
    const r = detect([
      'The Llano Azul school board named three finalists for superintendent on Tuesday.',
      'Anthony Benally, 59, was superintendent of Red Butte Consolidated Schools from 2014 to 2022 and now trains principals.',
    ]);
    expect(r.officials).toEqual([]);
    expect(r.people.map((p) => p.name)).toEqual(['Anthony Benally']);
  });

  it('is a present one with only its start given', () => {
    const r = detect(['The council’s leader since 2022, Cllr Amy Ross, said the budget was balanced.']);
    expect(r.officials.map((p) => p.name)).toEqual(['Amy Ross']);
  });
});

describe('a ward in brackets after each name of a list', () => {
  it('keeps the list going', () => {
    const r = detect(['Alderpersons Maria Ruiz (4th Ward) and Dan Oakes (11th Ward) co-sponsored the ordinance.']);
    expect(r.officials.map((p) => p.name)).toEqual(['Maria Ruiz', 'Dan Oakes']);
  });
});
