/**
 * From probes of real news shapes: a title held "then" ("then-Mayor X", "the council's then leader
 * X") or "former" before the body's own name ("Former Westbury City Council chief executive X") is a
 * post of the past. The name after "then-" or "ex-" is still found; a hyphen inside a word opens no name.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('titles held then, or formerly', () => {
  it.each([
    'The Orrin City Council approved the deal in 2019. It was signed by then-Mayor Carl Dobbs. Dobbs now runs a bakery.',
    'The Orrin City Council approved the deal in 2019. It was signed by ex-Mayor Carl Dobbs. Dobbs now runs a bakery.',
    "Orrin Borough Council approved the deal in 2019. The council's then leader Carl Dobbs signed it. Mr Dobbs now runs a bakery.",
    'Former Orrin Borough Council chief executive Carl Dobbs has joined a think tank. Mr Dobbs said he was delighted.',
  ])('a past post: %s', (text) => {
    const r = detect([text]);
    expect(byName(r.officials, 'Carl Dobbs')).toBeUndefined();
    expect(byName(r.people, 'Carl Dobbs')?.mentions.length).toBe(2);
  });

  it('keeps a present post that only opens a sentence with "Then"', () => {
    const r = detect(['Orrin Borough Council met on Monday. Then councillor Amy Lee moved the motion. Cllr Lee said it was urgent.']);
    expect(byName(r.officials, 'Amy Lee')).toBeDefined();
  });

  it('opens no name inside a hyphenated word', () => {
    const r = detect(['Campaigners against anti-Semitism met Mayor Tom Ross on mid-Monday. Ross said so.']);
    expect(r.people.map((p) => p.name)).toEqual([]);
    expect(r.officials.map((p) => p.name)).toEqual(['Tom Ross']);
  });
});

describe('a past post in one hyphenated word (stop 33)', () => {
  it('is read as the former post, and kept out of the name', () => {
    const r = detect(['Ex-mayor Tony Jacks said the town had changed. ex-councillor Ruth Dale agreed.']);
    expect(byName(r.people, 'Tony Jacks')?.role).toBe('former mayor');
    expect(byName(r.people, 'Ruth Dale')?.role).toBe('former councillor');
    expect(byName(r.officials, 'Tony Jacks')).toBeUndefined();
  });
});
