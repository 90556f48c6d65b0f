/**
 * Stop 34: an expert quoted in a council story ("Rita Vale, an associate professor of public
 * administration at State University") vanished when the surname is also a place word ("Vale"):
 * the description after the name ended in "of ...", which was not read as describing a person,
 * and "professor" was no calling. Experts are people, never officials.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('an expert described after the name', () => {
  it('is a person even with a place-word surname', () => {
    const r = detect([
      'The county commission voted 3-2. Rita Vale, an associate professor of public administration at State University, said such splits were rare.',
    ]);
    expect(byName(r.people, 'Rita Vale')?.mentions.map((m) => m.text)).toEqual(['Rita Vale']);
    expect(byName(r.officials, 'Rita Vale')).toBeUndefined();
  });

  it('is found by a calling of research or analysis', () => {
    const r = detect(['The council set its budget. Tom Marsh, an economist, said reserves were low. Ann Hall, a researcher at the Fenby Institute, agreed.']);
    expect(byName(r.people, 'Tom Marsh')).toBeDefined();
    expect(byName(r.people, 'Ann Hall')).toBeDefined();
  });

  it('does not make a place of "X Vale, a ... of" a person when nothing says so', () => {
    const r = detect(['The scheme covers Kestrel Vale, an area of open fields near the river.']);
    expect([...r.people, ...r.officials].map((p) => p.name)).toEqual([]);
  });
});
