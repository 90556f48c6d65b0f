/**
 * A job written as initials before a name ("CEO X"), a board's non-executive directors, and the
 * officers of private bodies whose names run long or carry a public word ("president of the League
 * of Women Voters of Sable Creek County", "president of the Transit Union local that represents ...").
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('job initials, non-executive directors and long private body names', () => {
  it('titles a public body’s chief executive by the initials before the name, and a firm’s stays a person', () => {
    const r = detect([
      'The Harrow Valley Transit Authority board voted 6-1 on Thursday to cut eleven bus routes.',
      '"Nobody here wanted this," CEO Dana Mbeki told the board before the vote. Mbeki said drivers would not be laid off.',
      'Castlewood Homes CEO Jim Rourke said the firm would build the new depot.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Dana Mbeki'))).toEqual(['CEO Dana Mbeki', 'Mbeki']);
    expect(byName(r.officials, 'Jim Rourke')).toBeUndefined();
    expect(byName(r.people, 'Jim Rourke')).toBeDefined();
  });

  it('makes a trust board’s non-executive director an official', () => {
    const r = detect([
      'The Saltby Hospitals NHS Trust board met on Wednesday to discuss waiting times in A&E.',
      'Priya Shah, a non-executive director, asked why the winter plan had not worked.',
    ]);
    expect(byName(r.officials, 'Priya Shah')?.role).toBe('non-executive director');
  });

  it('keeps the officers of a league and a union local out of the officials, however long their names', () => {
    const r = detect([
      'The Sable County Board of Elections certified the primary results 3-0 on Monday.',
      'Ada Lin, president of the League of Women Voters of Sable County, praised the board.',
      "Tom Reyes, president of the Amalgamated Transit Union local that represents the county's drivers, said the union would watch.",
      'Ruth Ode, president of the Sable County Board of Commissioners, said the count was sound.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Ruth Ode']);
    expect(r.people.map((p) => p.name).sort()).toEqual(['Ada Lin', 'Tom Reyes']);
  });
});
