/** Contractors named by their trade are firms; a person who shares the firm's name and is described before it stays a person. */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('firms named by their trade', () => {
  it("reads a spokesman for a paving contractor as the firm's, not the council's", () => {
    const r = detect([
      'The city council approved the contract 6-1. The council had delayed the repaving twice.',
      'Jim Stokes, a spokesman for Acme Paving, said work would start in June.',
    ]);
    expect(byName(r.officials, 'Jim Stokes')).toBeUndefined();
    expect(byName(r.people, 'Jim Stokes')).toBeDefined();
    expect(byName(r.people, 'Acme Paving')).toBeUndefined();
  });

  it('keeps the relation named after the firm that carries his surname', () => {
    const r = detect([
      "Mayor Adaeze Okonkwo on Monday announced a plan. A reporter asked whether a contract would go to Okonkwo Construction, the company run by the mayor's brother, Chidi Okonkwo.",
    ]);
    expect(byName(r.people, 'Chidi Okonkwo')).toBeDefined();
  });
});

describe('waste services and their contractors', () => {
  it('reads "Solid Waste Director X" as a titled official and a disposal firm as a firm', () => {
    const r = detect([
      'The county commission met on Monday. Solid Waste Director Gary Pruitt said the landfill had 11 years left.',
      'Mark Dale, a spokesman for Tri-County Disposal, declined to comment.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Gary Pruitt'))).toEqual(['Solid Waste Director Gary Pruitt']);
    expect(byName(r.officials, 'Mark Dale')).toBeUndefined();
    expect(byName(r.people, 'Tri-County Disposal')).toBeUndefined();
  });
});
