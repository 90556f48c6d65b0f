/**
 * Stop 51, from the dev107 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a post written out with a remit that ends in a firm's word ("Head of Coastal Engineering X");
 * a role closed by who appointed its holder ("The locum clerk appointed by the council, X"); a vote
 * roll whose last name carries a clause about a seat ("and X, who has sat on the council since 2019,
 * voted no"); "Royal" as a surname; and a farm's or a tourism brand's name, which is no person's.
 */
import { describe, expect, it } from 'vitest';
import { hasPrivateHead } from '@/core/entities/role-owner';
import { byName, detect } from './helpers';

const lede = 'Wrenmouth District Council met on Monday to discuss the sea wall. The council said the bill had grown.';
const run = (...sentences: string[]) => detect([lede, ...sentences]);
const mentions = (r: ReturnType<typeof run>, name: string) => byName(r.officials, name)?.mentions.map((m) => m.text);

describe('posts written out with their remit', () => {
  it('finds the holder after a remit that ends in a firm word, and makes the post official', () => {
    const r = run('Head of Coastal Engineering Ana Pike told cabinet the gap had opened. Ms Pike said the design was final.');
    expect(mentions(r, 'Ana Pike')).toEqual(['Head of Coastal Engineering Ana Pike', 'Ms Pike']);
  });

  it('reads a department of service words as a public remit, and a named firm as private', () => {
    expect(hasPrivateHead('Coastal Engineering')).toBe(false);
    expect(hasPrivateHead('Urban Design')).toBe(false);
    expect(hasPrivateHead('Keystone Civic Design')).toBe(true);
    const r = run('Ana Pike, director of Keystone Civic Design, spoke for the applicant.');
    expect(byName(r.people, 'Ana Pike')).toBeDefined();
  });
});

describe('roles closed by who filled them', () => {
  it('reads the role before "appointed by the council" and the comma', () => {
    const r = run('The locum clerk appointed by the council, Ana Pike, said a notice of vacancy had been posted.');
    expect(byName(r.officials, 'Ana Pike')?.role).toBe('locum clerk');
  });

  it('leaves an outside hire private', () => {
    const r = run('The consultant hired by the council, Ana Pike, said the costs had doubled.');
    expect(byName(r.officials, 'Ana Pike')).toBeUndefined();
  });
});

describe('vote rolls', () => {
  it("reads the act after a clause about the last member's seat", () => {
    const r = run('Bo Lee, Ivy Dunn, Raj Patel and Ana Pike, who has sat on the council since 2019, voted no.');
    for (const name of ['Bo Lee', 'Ivy Dunn', 'Raj Patel', 'Ana Pike']) expect(byName(r.officials, name), name).toBeDefined();
  });
});

describe('names', () => {
  it('keeps "Royal" as a surname after a given name', () => {
    const r = run('Fire Chief Danny Royal said the crew was stretched. Royal said more staff were needed.');
    expect(mentions(r, 'Danny Royal')?.[0]).toBe('Fire Chief Danny Royal');
  });

  it.each(['The scheme at High Stangrigg Farm was refused.', 'Visit Wrenmouth, the council’s tourism agency, backed the plan.'])(
    'finds no person in "%s"',
    (sentence) => {
      const r = run(sentence);
      expect([...r.officials, ...r.people]).toEqual([]);
    },
  );
});
