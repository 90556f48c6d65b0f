/**
 * From probes written in stop 30 on a Scottish school closure: a head teacher written in two words
 * is a post, and a parent council's chair, even opening a sentence, is the school's parents' officer.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('school posts at a council committee', () => {
  it('reads "Head teacher X" as an official and "Parent council chair Y" as a person', () => {
    const r = detect([
      "Highland Council's education committee met on Thursday to decide the future of Kilbrae Primary.",
      'Head teacher Fiona Reid said pupils would adapt to the move.',
      'Parent council chair Lorna Bain said families were devastated.',
    ]);
    expect(byName(r.officials, 'Fiona Reid')).toBeDefined();
    expect(byName(r.officials, 'Lorna Bain')).toBeUndefined();
    expect(byName(r.people, 'Lorna Bain')).toBeDefined();
  });
});
