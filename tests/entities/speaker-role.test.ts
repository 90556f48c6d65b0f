import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe("a speech tag's post given to the profile's subject", () => {
  const profile = [
    'Lorna Achebe has an office on the top floor of the civic centre. She has spent little time in it.',
    '“I have been out almost every day,” says the new chief executive of North Raddington Council.',
    'Ms Achebe, 51, took over in August. Lorna came from a county council.',
  ];

  it('gives the post to the subject last named before the tag', () => {
    const r = detect(profile);
    expect(byName(r.officials, 'Lorna Achebe')?.role).toBe('chief executive of North Raddington Council');
  });

  it('leaves the tag alone when someone else was named last, or the subject holds a post already', () => {
    const other = detect([
      'Lorna Achebe has an office on the top floor. Ms Achebe walks to work. Lorna likes it.',
      'Pat Ng, who lives nearby, waits for a bus.',
      '“We are working on it,” said the director of highways.',
    ]);
    expect(byName(other.people, 'Lorna Achebe')).toBeDefined();
    expect(byName(other.people, 'Pat Ng')).toBeDefined();
    const held = detect([
      'Lorna Achebe, a retired nurse, has an office in the town. Ms Achebe walks to work.',
      '“We are working on it,” said the director of highways.',
    ]);
    expect(byName(held.people, 'Lorna Achebe')).toBeDefined();
  });
});
