/**
 * Stop 34: "seconded by Labour's Sam Ode" is an act in the council's business, as "seconded by Sam
 * Ode" already was; the party's possessive between the act and the name had hidden it.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('a seconder named with their party', () => {
  it('is an official', () => {
    const r = detect(['The motion, tabled by Green councillor Ellie Ford and seconded by Labour’s Sam Ode, was defeated 23-19.']);
    expect(byName(r.officials, 'Sam Ode')?.mentions.map((m) => m.text)).toEqual(['Sam Ode']);
  });

  it('but not one named with a firm', () => {
    const r = detect(['The plan, seconded by Acme’s Sam Ode, was sent to the members of the golf club.']);
    expect(byName(r.officials, 'Sam Ode')).toBeUndefined();
  });
});
