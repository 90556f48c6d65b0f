/**
 * Stop 33: a statutory officer named with a place's possessive ("Hartwell's director of public
 * health") had the place read as a firm, and "executive member for environment", the cabinet post
 * many English councils name so, was not read as an office; and "deputy leader of Hartwell Borough
 * Council Steve Hope", a body's name and its holder with no comma between, was read as one firm.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('statutory officers', () => {
  it('are officials whatever name owns the post', () => {
    const r = detect(["Hartwell's director of public health, Prof Kate Ardern, said rates were worrying."]);
    expect(byName(r.officials, 'Kate Ardern')?.role).toBe('director of public health');
  });

  it("leave a firm's other directors to the evidence", () => {
    const r = detect(["Greystone Homes' sales director, Tim Bray, said the houses would sell."]);
    expect(byName(r.officials, 'Tim Bray')).toBeUndefined();
  });
});

describe('executive and lead members', () => {
  it('are cabinet posts', () => {
    const r = detect([
      'Tom Davies, executive member for environment, said bins would be collected fortnightly.',
      'Jo Rees, lead member for children’s services, said the unit would stay open.',
    ]);
    expect(byName(r.officials, 'Tom Davies')?.role).toBe('executive member for environment');
    expect(byName(r.officials, 'Jo Rees')).toBeDefined();
  });
});

describe("a post's body named before its holder, with no comma", () => {
  it('splits the body from the holder and reads the whole post', () => {
    const r = detect(['Deputy leader of Hartwell Borough Council Steve Hope said the budget was the toughest yet.']);
    expect(byName(r.officials, 'Steve Hope')?.role).toBe('Deputy leader of Hartwell Borough Council');
    expect(byName(r.officials, 'Steve Hope')?.mentions.map((m) => m.text)).toEqual(['Steve Hope']);
  });

  it('reads no holder out of a firm', () => {
    const r = detect(['Chief executive of Greystone Homes Ltd Tim Bray said the houses would sell.']);
    expect(r.officials).toEqual([]);
  });
});
