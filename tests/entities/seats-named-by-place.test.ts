/**
 * Seats named by their place: "the Eastfield councillor" before or after a name, "who represents
 * Kettle Creek" (a district or a client, so neutral), an act set behind a clause about the seat, and
 * places ending in "Creek" or "Canyon".
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('a seat named by its place', () => {
  it('reads "the <Place> councillor" set off before or after a name', () => {
    const before = detect(['Ward members objected. The Eastfield councillor, Sue Latham, said the scheme was wrong.']);
    expect(byName(before.officials, 'Sue Latham')).toBeDefined();
    const after = detect(['Sue Latham, the Tarnbeck councillor for Eastgate, said residents had waited too long.']);
    expect(byName(after.officials, 'Sue Latham')?.role).toBe('Tarnbeck councillor for Eastgate');
  });

  it('keeps a past seat past, and reads no seat into "told councillors"', () => {
    const past = detect(['Sue Latham, a former Eastfield councillor, said the scheme was wrong.']);
    expect(byName(past.officials, 'Sue Latham')).toBeUndefined();
    const told = detect(['A volunteer group wants the building. Its organiser, Helen Dacre, told councillors the group had 312 signatures.']);
    expect(byName(told.officials, 'Helen Dacre')).toBeUndefined();
  });

  it('lets a title decide when "who represents" names only a place', () => {
    const r = detect([
      'The Westbrook Water District board voted 4-1 on Tuesday to raise rates. Director Ellen Marsh, who represents Kettle Creek, said the increase was too steep.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Ellen Marsh'))).toEqual(['Director Ellen Marsh']);
    expect(byName(r.people, 'Kettle Creek')).toBeUndefined();
  });

  it('reads an act in the business behind a clause about the seat, not behind any clause', () => {
    const seat = detect([
      'The Westbrook Water District board voted 4-1 on Tuesday to raise rates. Ellen Marsh, who represents Kettle Creek, cast the lone no vote.',
    ]);
    expect(byName(seat.officials, 'Ellen Marsh')).toBeDefined();
    const shop = detect([
      "The council voted 4-1 on Tuesday to approve the plan. Jo Lee, who owns the corner cafe, voted against the plan in a residents' poll.",
    ]);
    expect(byName(shop.officials, 'Jo Lee')).toBeUndefined();
  });
});
