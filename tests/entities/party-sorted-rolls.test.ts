/**
 * Stop 35, from a dev49 page (written for tuning) and sentences of my own: a recorded vote sorted by
 * party ("Against: Labour – X, Y; Green – Z") names members after each party's label, and "and the
 * Conservatives X and Y" keeps a roll's list going; "Its" after a sentence opened by a place
 * ("Outside County Hall, ...") points to the body named in it, not the place.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);

describe('a roll sorted by party', () => {
  it('makes each party’s members officials', () => {
    const r = detect([
      'The budget amendment fell by 40 votes to 31. For: Labour – Helen Crowe, Amir Shah and 20 others; Liberal Democrats – Jon Price and Rita Vance. Abstained: Cllr Ben Oduya and the Greens Maya Holt and Sam Reid.',
    ]);
    expect(officials(r)).toEqual(['Helen Crowe', 'Amir Shah', 'Jon Price', 'Rita Vance', 'Ben Oduya', 'Maya Holt', 'Sam Reid']);
  });

  it('needs the roll’s opening: a list after a dash elsewhere is no roll', () => {
    const r = detect(['Two groups spoke at the meeting. Campaigners – Jo Tranter and Ben Lowe – handed in a petition.']);
    expect(r.officials).toEqual([]);
  });
});

describe('"Its" after a sentence opened by a place', () => {
  it('points to the body named in the sentence', () => {
    const r = detect([
      'The county council voted 40-22 to scrap its net zero target. Outside County Hall, about 150 people joined a protest organised by Ferndale Climate Action. Its coordinator, Nina Walsh, 31, said the group would write to every councillor.',
    ]);
    expect(r.officials).toEqual([]);
    expect(byName(r.people, 'Nina Walsh')).toBeDefined();
  });
});
