/**
 * Two shapes from a Utah school board and a Montana city (dev72): members listed before "joined X in
 * voting for" the motion are members of the board, and a public career left behind ("a retired public
 * works director") does not outweigh an office the article titles someone with now.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('a list that joined the chair in voting', () => {
  const r = detect([
    'The Juniper school board voted 5-1 on Tuesday to censure board member Lee Hadley.',
    'Board President Mia Carver said the post broke a board policy. Vice President Sam Orton agreed.',
    'Orton, Kate Tully, Dale Mercer and Rita Vance joined Carver in voting for the censure.',
  ]);

  it('makes each new name in the list a member of the board', () => {
    expect(mentionTexts(byName(r.officials, 'Kate Tully'))).toEqual(['Kate Tully']);
    expect(byName(r.officials, 'Dale Mercer')).toBeDefined();
    expect(byName(r.officials, 'Rita Vance')).toBeDefined();
  });

  it('does not take a list that joined a protest for a roll', () => {
    const p = detect([
      'The city council voted 6-1 on Monday to close the library branch.',
      'Ann Ruiz, Tom Beck and Joy Lam joined neighbours in protesting outside City Hall.',
    ]);
    expect(byName(p.officials, 'Tom Beck')).toBeUndefined();
  });
});

describe('a public career left behind', () => {
  const r = detect([
    'The city commission voted 4-1 on Monday to put the housing levy on the ballot.',
    'Interim City Manager Rick Amos presented the estimates to commissioners.',
    'Amos, 66, a retired public works director from Great Falls, has run City Hall since February.',
  ]);

  it('keeps the interim city manager an official', () => {
    expect(mentionTexts(byName(r.officials, 'Rick Amos'))).toEqual(['Interim City Manager Rick Amos', 'Amos']);
  });

  it('still reads a member of the public as no official', () => {
    const p = detect([
      'The city commission voted 4-1 on Monday to put the housing levy on the ballot.',
      'Former Commissioner Jo Hart, a member of the public who spoke against it, said the levy was too high.',
    ]);
    expect(byName(p.officials, 'Jo Hart')).toBeUndefined();
  });
});
