/** The health service's trusts are public bodies even when "NHS" is left out of the name; charitable trusts are not. */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('health service trusts', () => {
  it('reads posts at a hospitals trust named without "NHS" as official', () => {
    const r = detect([
      "Gareth Pryce, director of estates at Westmarch Hospitals Trust, told the council's health scrutiny committee the building was failing.",
      'Ruth Amadi, chief executive of Calder Teaching Hospitals Foundation Trust, said the unit would reopen.',
    ]);
    expect(byName(r.officials, 'Gareth Pryce')).toBeDefined();
    expect(byName(r.officials, 'Ruth Amadi')).toBeDefined();
  });

  it('reads a post "at" a trust named with "NHS" and no health word as official, and one at a medical school as an academic\'s', () => {
    const r = detect([
      'Dr Sunil Varma, medical director at Wyvern Valley NHS Foundation Trust, told the joint scrutiny committee the ward would close.',
      '"The evidence is weak," said Jennifer Lyle, the head of department at Harvard Medical School.',
    ]);
    expect(byName(r.officials, 'Sunil Varma')).toBeDefined();
    expect(byName(r.people, 'Jennifer Lyle')).toBeDefined();
  });

  it("keeps a charitable trust's head and a trust's former head among people", () => {
    const r = detect([
      "The council's cabinet met on Monday. Gareth Pryce, chief executive of the Westmarch Wildlife Trust, told councillors the meadow mattered.",
      'Ruth Amadi, a former chief executive of the Westmarch Hospitals Trust, spoke against the plan.',
    ]);
    expect(byName(r.people, 'Gareth Pryce')).toBeDefined();
    expect(byName(r.people, 'Ruth Amadi')).toBeDefined();
  });

  it("takes a health and social care partnership's chief officer as a public body's head", () => {
    const r = detect([
      'The integration joint board will decide in January whether to close Rowan Ward.',
      'Dr Neil Cameron, chief officer of Tarrowside Health and Social Care Partnership, said occupancy had fallen. Dr Cameron said it was unsafe.',
    ]);
    expect(byName(r.officials, 'Neil Cameron')?.mentions.map((m) => m.text)).toEqual(['Dr Neil Cameron', 'Dr Cameron']);
  });
});
