import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('a duty in a public body, with the name as its subject', () => {
  it.each([
    ['Renee Kowalczyk heads the city water department. Kowalczyk said crews were short.', 'heads the city water department'],
    ['Renee Kowalczyk has led the Port Hollis Water Department since 2023. Kowalczyk said crews were short.', 'led the Port Hollis Water Department'],
    [
      'Renee Kowalczyk has spent 26 years at the Port Hollis Water Department and has led it since 2023. Kowalczyk said crews were short.',
      'led the Port Hollis Water Department',
    ],
    ['Omar Diallo chairs the county planning commission. Diallo said the vote was close.', 'chairs the county planning commission'],
    ['Omar Diallo sits on the county planning commission. Diallo said the vote was close.', 'sits on the county planning commission'],
    ['Omar Diallo has served on the county council since 2019. Diallo said the vote was close.', 'served on the county council'],
  ])('%s', (text, role) => {
    const r = detect([text]);
    const name = text.split(' ').slice(0, 2).join(' ');
    expect(byName(r.officials, name)?.role).toBe(role);
    expect(mentionTexts(byName(r.officials, name))).toHaveLength(2);
  });

  it.each([
    'Tom Hale led the protest against the council. Hale said it was wrong.',
    'Tom Hale runs the Red Lion pub. Hale said it was wrong.',
    'Tom Hale chaired the county planning board until 2019. Hale said it was wrong.',
    'Tom Hale sat on the county council for years. Hale said it was wrong.',
    'Tom Hale serves on the board of the Rotary Club. Hale said it was wrong.',
  ])('no office in: %s', (text) => {
    const r = detect([text]);
    expect(byName(r.officials, 'Tom Hale')).toBeUndefined();
    expect(byName(r.people, 'Tom Hale')).toBeDefined();
  });
});
