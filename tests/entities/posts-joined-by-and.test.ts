/**
 * Stop 48, from a dev-set page of stop 47 (written for tuning by a helper who saw no code; the
 * sentences here are new): a post written out with its remit and joined by "and" to the office that
 * opens the name's run ("Clerk of the Circuit Court and Comptroller X") is one title, and heads the
 * mention; a body's name joined to an office the same way ("the Board of Supervisors and Sheriff X") is not.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const official = (r: ReturnType<typeof detect>, name: string) => r.officials.find((p) => p.name === name);

describe('a post and its remit joined by "and" to an office title', () => {
  const lede = 'Pine Hollow County commissioners heard the annual audit on Tuesday.';
  it.each([
    ['Clerk of the Circuit Court and Comptroller Lea Munn told them it was clean.', 'Lea Munn', 'Clerk of the Circuit Court and Comptroller Lea Munn'],
    ['Clerk of Court and Comptroller Dana Whitfield told them it was clean.', 'Dana Whitfield', 'Clerk of Court and Comptroller Dana Whitfield'],
  ])('%s', (sentence, name, mention) => {
    const person = official(detect([lede, sentence]), name);
    expect(person?.mentions.map((m) => m.text)).toEqual([mention]);
    expect(person?.role).toBe(mention.slice(0, -name.length - 1));
  });

  it('leaves a body joined to an office alone', () => {
    const person = official(detect([lede, 'The Board of Supervisors and Sheriff Tom Bell met on Monday.']), 'Tom Bell');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Sheriff Tom Bell']);
  });
});
