/**
 * Stop 53, from shapes seen in the dev112 pages (written for tuning by helpers who saw no code; the
 * sentences here are new): a place named inside a roll member's aside is not the next member, even
 * when the next title is abbreviated with a full stop ("Melcote, and Couns. Raj Mistry"); a
 * generation's suffix ("Jr.", "III") stays with the name; a numbered "Position" seat before a title
 * belongs to the mention, as a "District" one does.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('a place in a roll member’s aside, before "and" and a title', () => {
  it.each([
    'Voting against were Coun. Bryony Tait, whose Wolds division includes Ashby Parva, and Couns. Raj Mistry, Dan Cole and Liz Penn.',
    'Voting against were Coun. Bryony Tait, whose Wolds division includes Ashby Parva, and Coun. Raj Mistry.',
    'Against: Cllr Bryony Tait, who represents Ashby Parva, and Cllrs Raj Mistry and Liz Penn.',
  ])('%s', (roll) => {
    const r = detect(['The fire authority voted 6-4 to shut the Ashby Parva station.', roll, 'People in Ashby Parva said they would fight on.']);
    expect(r.officials.map((p) => p.name)).not.toContain('Ashby Parva');
    expect(r.officials.map((p) => p.name)).toContain('Raj Mistry');
  });
});

describe('a generation’s suffix after a full name', () => {
  it.each([
    ['Councilmember Patrick Hebert Jr. voted no.', 'Patrick Hebert Jr.', 'Councilmember Patrick Hebert Jr.'],
    ['Parish President Leon Boudreaux Sr., who took office in January, voted no.', 'Leon Boudreaux Sr.', 'Parish President Leon Boudreaux Sr.'],
    ['Commissioner Dale Ames III voted no.', 'Dale Ames III', 'Commissioner Dale Ames III'],
  ])('%s', (sentence, name, mention) => {
    const r = detect(['The council approved the levy 4-1 on Monday.', sentence, `${name.split(' ')[1]} said the rise was too steep.`]);
    const p = byName(r.officials, name);
    expect(mentionTexts(p)).toEqual([mention, name.split(' ')[1]]);
  });
});

describe('a numbered position before a title', () => {
  it('belongs to the mention', () => {
    const r = detect(['The city council approved the levy 5-2.', 'Position 6 Councilmember Dana Whitlow said the city had waited long enough.']);
    expect(mentionTexts(byName(r.officials, 'Dana Whitlow'))).toEqual(['Position 6 Councilmember Dana Whitlow']);
  });
});
