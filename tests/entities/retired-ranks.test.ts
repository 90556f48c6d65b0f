/** A service rank kept as a courtesy after retiring is no office; a serving rank, or a retired trustee's calling, changes nothing. */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('ranks kept after retiring', () => {
  it('reads "Capt. X, a retired Army officer who owns ..." as a private person', () => {
    const r = detect([
      'The council voted 5-2 to approve the parade route. Capt. Walt Brenner, a retired Army officer who owns Main Street Hardware, said the route was fine.',
    ]);
    expect(byName(r.officials, 'Walt Brenner')).toBeUndefined();
    expect(byName(r.people, 'Walt Brenner')?.role).toBe('retired Army officer');
  });

  it('keeps a serving rank and an office holder with a retired calling official', () => {
    const sergeant = detect(['The police board met on Monday. Sgt. Dana Ortiz, who runs the traffic unit, presented the crash figures.']);
    expect(byName(sergeant.officials, 'Dana Ortiz')).toBeDefined();
    const trustee = detect(['The board voted 5-2. Trustee Walt Brenner, a retired civil engineer, said the bridge was sound.']);
    expect(byName(trustee.officials, 'Walt Brenner')).toBeDefined();
  });
});
