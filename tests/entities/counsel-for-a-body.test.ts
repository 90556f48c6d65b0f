import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('counsel acting for a body', () => {
  it('makes counsel for a public body its official ("James Ferrier KC, representing the council,")', () => {
    const r = detect([
      'Wexcombe Council admitted breaching safety law. James Ferrier KC, representing the council, argued the failure was one employee’s. Mr Ferrier told the jury so.',
    ]);
    expect(byName(r.officials, 'James Ferrier')?.role).toBe('representing the council');
    expect(mentionTexts(byName(r.officials, 'James Ferrier'))).toEqual(['James Ferrier', 'Mr Ferrier']);
  });

  it.each([
    'The planning inquiry resumed. Sarah Jones, representing the residents’ group, said the homes were too tall. Ms Jones added more.',
    'The planning inquiry resumed. Sarah Jones, acting for Acme Homes Ltd, said the homes were fine. Ms Jones added more.',
  ])('leaves counsel for anyone else among other people: %s', (text) => {
    const r = detect([text]);
    expect(byName(r.officials, 'Sarah Jones')).toBeUndefined();
    expect(byName(r.people, 'Sarah Jones')).toBeDefined();
  });
});
