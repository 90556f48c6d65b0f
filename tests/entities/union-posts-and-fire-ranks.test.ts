/**
 * Stop 33: a serving officer who speaks as the police union's president ("Police union president
 * Officer Mark Hill", "The city's police union president, Officer X") is the union's person, as
 * conventions have union people; and US fire ranks ("Battalion Chief X", "Firefighter-paramedic Y")
 * are officials, as firefighters are.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe("a union's officers", () => {
  it('are people, even with a rank', () => {
    for (const text of [
      'Police union president Officer Mark Hill said morale was low.',
      "The city's police union president, Officer Mark Hill, said morale was low.",
      "The tenants' association chair, Mark Hill, said rents were too high.",
    ]) {
      const r = detect([text]);
      expect(byName(r.officials, 'Mark Hill'), text).toBeUndefined();
      expect(byName(r.people, 'Mark Hill'), text).toBeDefined();
    }
  });

  it('leave an officer who speaks for the force an official', () => {
    const r = detect(['Sgt. Ray Diaz, a police spokesman, said officers responded within minutes.']);
    expect(byName(r.officials, 'Ray Diaz')).toBeDefined();
  });
});

describe('fire ranks', () => {
  it('are officials', () => {
    const r = detect(['Battalion Chief Mike Rowe said crews contained the blaze. Firefighter-paramedic Jen Sato was treated for heat exhaustion.']);
    expect(byName(r.officials, 'Mike Rowe')?.mentions.map((m) => m.text)).toEqual(['Battalion Chief Mike Rowe']);
    expect(byName(r.officials, 'Jen Sato')?.role).toBe('firefighter-paramedic');
  });
});
