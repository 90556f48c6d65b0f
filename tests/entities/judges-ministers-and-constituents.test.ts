/**
 * Stop 33, UK shapes probed by hand: a High Court judge called "Mr Justice X" (the judge's whole
 * name had been read as "Justice X", a person); a secretary of state by department ("Housing
 * Secretary X") in an article that names no council; and an MP or councillor named as a
 * constituent's own ("Ms Lowe's MP, Dame X"), whose owner had been read as a firm.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('judges', () => {
  it('reads "Mr Justice" and "Lady Justice" as a judge\'s title', () => {
    const r = detect(['Mr Justice Fordham ruled that the decision was unlawful. Lady Justice Carr agreed. Fordham said the rules were clear.']);
    expect(byName(r.officials, 'Fordham')?.mentions.map((m) => m.text)).toEqual(['Mr Justice Fordham', 'Fordham']);
    expect(byName(r.officials, 'Carr')?.role).toBe('judge');
  });
});

describe('secretaries of state', () => {
  it('are officials by their department, with no council in the article', () => {
    const r = detect(['Housing Secretary Angela Rayner said prisons and homes both needed money. The home secretary, Yvette Cooper, agreed.']);
    expect(byName(r.officials, 'Angela Rayner')?.role).toBe('Housing Secretary');
    expect(byName(r.officials, 'Yvette Cooper')).toBeDefined();
  });

  it('leave a club secretary alone', () => {
    const r = detect(['Club secretary Jo Bell said the bowls season would start in May.']);
    expect(byName(r.officials, 'Jo Bell')).toBeUndefined();
  });
});

describe("a constituent's representative", () => {
  it('is an official, whoever is named as having them', () => {
    const mp = detect(["Ms Lowe's MP, Dame Caroline Dinenage, raised the case in the Commons."]);
    expect(byName(mp.officials, 'Caroline Dinenage')?.role).toBe('MP');
    const cllr = detect(["Mrs Patel's local councillor, Tom Reid, said he would raise it with officers."]);
    expect(byName(cllr.officials, 'Tom Reid')).toBeDefined();
  });

  it("leaves a person's other staff to the evidence", () => {
    const r = detect(["Mr Hale's business partner, Tom Reid, said the shop would close."]);
    expect(byName(r.officials, 'Tom Reid')).toBeUndefined();
  });
});
