/**
 * Rules from the dev78 pages: a place followed by a title and a name in an apposition, a stream
 * named as a place, and a school district named by its place and initials before a post.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('an apposition whose last words title the next name', () => {
  it('gives the place before it no role, and the title to the name', () => {
    const r = detect([
      'The St. Odile Parish Council voted 4-3 to put off a contract to widen and deepen Coulee Noir, a move Parish President Clay Arceneaux warned could put the grant at risk.',
      'Residents of the Bayou Teche subdivisions pushed back.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Clay Arceneaux']);
    expect(r.people).toEqual([]);
  });
});

describe("a school district's post after its place", () => {
  it('reads "a Tres Robles ISD trustee" and "a Tres Robles school board trustee" as public posts', () => {
    const r = detect([
      'The Tres Robles City Council on Tuesday confirmed Darnell Whitfield as police chief.',
      'Norma Villalobos, a Tres Robles ISD trustee, said she had spoken with administrators. Amy Cho, a Tres Robles school board trustee, agreed.',
    ]);
    expect(byName(r.officials, 'Norma Villalobos')?.role).toBe('Tres Robles ISD trustee');
    expect(byName(r.officials, 'Amy Cho')).toBeDefined();
  });
});

describe('a place before ", as the city\'s next police chief"', () => {
  it('is not given the post the sentence gives someone named before it', () => {
    const r = detect([
      'The Tres Robles City Council on Tuesday confirmed Darnell Whitfield, an assistant police chief in Port Laval, as the city’s next police chief.',
      'Whitfield has spent 24 years with the Port Laval Police Department.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Darnell Whitfield']);
  });
});
