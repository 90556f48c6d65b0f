/**
 * Rules from the dev18 pages: a service's words inside a lower-case job ("highways asset manager"),
 * a town's post in title case ("Town Planner"), ranks written "Maj." and "Col.", a role with a short
 * clause before its holder's name, "Its" opening a paragraph, and a union named beside its noun.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const roles = (r: ReturnType<typeof detect>) => r.officials.map((o) => [o.name, o.role]);

describe('service words, ranks, clauses and owners across paragraphs', () => {
  it('reads a service’s words inside a job held at a public body', () => {
    const r = detect([
      'The inquest heard evidence from Greybridge County Council about the lane.',
      "David Renshaw, the council's highways asset manager, told the inquest a gully was blocked. Mr Renshaw said gullies were cleared yearly.",
      "Mei Tan, the city's transportation planning manager, said each street would be restriped.",
    ]);
    expect(roles(r)).toEqual([
      ['David Renshaw', 'highways asset manager'],
      ['Mei Tan', 'transportation planning manager'],
    ]);
  });

  it('keeps a charity’s or firm’s own name a private body even when it holds a service word', () => {
    const r = detect([
      'County commissioners approved the jail budget on Monday.',
      'Adam Ostrowski, director of the Tamarack Justice Project, said the county should fund pretrial services.',
      'Prof Alan Dursley, a fire safety engineer who lives in the village, said the modelling was wrong.',
    ]);
    expect(r.officials).toEqual([]);
    expect(byName(r.people, 'Adam Ostrowski')).toBeDefined();
  });

  it('makes “Town Planner” in title case a town’s post', () => {
    const r = detect([
      'The Zoning Board of Appeals voted 4-1 to deny the variance.',
      'Town Planner Alicia Romero said the couple could apply again. Romero said requests had grown.',
    ]);
    expect(roles(r)).toEqual([['Alicia Romero', 'Town Planner']]);
  });

  it('reads “Maj.” and “Col.” as ranks before a name, not as the end of a sentence', () => {
    const r = detect([
      'The county commission approved the medical contract.',
      'The jail administrator, Maj. Carla Sims, said the contract had penalties. Col. Ann Reyes of the state police agreed.',
    ]);
    expect(r.officials.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([
      ['Carla Sims', ['Maj. Carla Sims']],
      ['Ann Reyes', ['Col. Ann Reyes']],
    ]);
  });

  it('finds the role before a short clause about it and the holder’s name', () => {
    const r = detect([
      'The standards panel found that the councillor had bullied an officer.',
      'The independent person who advises the council on standards complaints, Dr Ruth Annand, told the panel she agreed.',
      'The resident who brought the complaint, Sarah Blunt, said she was relieved.',
    ]);
    expect(roles(r)).toEqual([['Ruth Annand', 'independent person']]);
    expect(byName(r.people, 'Sarah Blunt')).toBeDefined();
  });

  it('points “Its” at the start of a paragraph back to the body named at the end of the one before', () => {
    const r = detect([
      'Wensbury Council set its budget on Thursday, with a rise of 4.99%.',
      "Before the meeting about 40 people protested against a cut to the council's grant to the Wensbury Tenants Association.",
      'Its chief officer, Lorna Betts, said the association had helped 6,800 people. Mrs Betts said it was a blow.',
    ]);
    expect(r.officials).toEqual([]);
    expect(byName(r.people, 'Lorna Betts')).toBeDefined();
  });

  it('reads a union named beside its noun as the body that holds the post', () => {
    const r = detect([
      "The combined authority's mayor published a £1.2bn transport plan.",
      'Karen Doyle, a regional officer for the union Unite, said drivers needed to be consulted.',
    ]);
    expect(r.officials).toEqual([]);
    expect(byName(r.people, 'Karen Doyle')).toBeDefined();
  });
});
