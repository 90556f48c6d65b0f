/**
 * A state named by its people's adjective or its seat of government owns the title after it
 * ("Tunisian Prime Minister X", "White House press secretary Y"): Readability's wapo pages read
 * them as private people, the unknown capitalised word taken for a firm. A nationality before a
 * calling ("French engineer Z") stays a nationality.
 */
import { describe, expect, it } from 'vitest';
import { isNationOwner } from '@/core/entities/nations';
import { detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const people = (r: ReturnType<typeof detect>) => r.people.map((p) => p.name);

describe('a state as the owner of a title', () => {
  it('keeps a head of government titled with the nation’s adjective an official', () => {
    const r = detect(['Gunmen attacked the museum on Wednesday. Moldovan Prime Minister Ion Ceban said the country was in danger. Ceban spoke on television.']);
    expect(officials(r)).toContain('Ion Ceban');
  });

  it('makes a press secretary named with the seat of government an official', () => {
    const r = detect(['In Washington, White House press secretary Dana Pike condemned the attack.']);
    expect(officials(r)).toContain('Dana Pike');
  });

  it('leaves a nationality before a calling a nationality', () => {
    const r = detect(['The gas was first lit in signs by French engineer Henri Lemaitre in 1910. Lemaitre sold the patent.']);
    expect(people(r)).toContain('Henri Lemaitre');
  });

  it('knows adjectives and seats, not any capitalised word', () => {
    expect(['Tunisian', 'South African', 'the White House', 'New Zealand'].map(isNationOwner)).toEqual([true, true, true, true]);
    expect(['Meridian', 'Barclays', 'Guardian', 'french'].map(isNationOwner)).toEqual([false, false, false, false]);
  });
});
