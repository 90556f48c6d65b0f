/**
 * Rules from the dev82 pages: an ordinal ward before a title ("4th Ward Ald. X"), and "Land Use" in
 * a written-out title joined by "and" ("Planning and Land Use Director X").
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('titles', () => {
  it('keeps an ordinal ward before the title in the mention: "4th Ward Ald. X", "21st Ward Alderman Y"', () => {
    const r = detect([
      'Galesbrook aldermen on Monday advanced a plan for a tax increment financing district.',
      'Among the supporters was 4th Ward Ald. Tina Griswold, whose ward includes the district. 21st Ward Alderman Tom Grist agreed.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Tina Griswold'))).toEqual(['4th Ward Ald. Tina Griswold']);
    expect(mentionTexts(byName(r.officials, 'Tom Grist'))).toEqual(['21st Ward Alderman Tom Grist']);
  });

  it('reads "Planning and Land Use Director X" whole', () => {
    const r = detect([
      'The Cerro Azul City Council voted 5-2 to cap short-term rental permits.',
      'Planning and Land Use Director Marisol Chavez said the permits would cost $350 a year.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Marisol Chavez'))).toEqual(['Planning and Land Use Director Marisol Chavez']);
  });
});
