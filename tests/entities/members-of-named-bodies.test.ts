/**
 * Stop 48, from the dev96 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): "a member of" a public body written with its capitalised name ("a member of Marlow Town
 * Council", "a member of the Brayton Hollow Central School District Board of Education") is a
 * member's role, as is "an Orrin School Committee member"; a private body's board or committee, so named, is not.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);

describe('a member of a named body', () => {
  const lede = 'The Brayton Hollow Town Board held a public hearing on Tuesday.';
  it.each([
    'Ann Lee, a member of Marlow Town Council, said the plan was wrong.',
    'Ann Lee, a member of the Brayton Hollow Central School District Board of Education, said the site was too close.',
    'Ann Lee, a member of the Sauquin County Legislature, said so.',
    'Ann Lee, an Orrin School Committee member, said so.',
    'Ann Lee, an Orrin Select Board member, said so.',
  ])('%s', (sentence) => {
    expect(officials(detect([lede, sentence]))).toContain('Ann Lee');
  });

  it.each(['Jo Hale, a member of the Marlow Chamber of Commerce Board, said so.', 'Ed Fry, a member of the Friends of Marlow Park Committee, said so.'])(
    'is no office on a private body: %s',
    (sentence) => {
      expect(officials(detect([lede, sentence]))).toEqual([]);
    },
  );
});
