/**
 * Stop 50, from the dev106 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a minister's portfolio of service words ("Disaster Recovery Minister X"); "Col" before a
 * lone surname as the given name an Australian Colin goes by; a past post with a numbered seat
 * ("former Division 4 councillor X"); a Canadian town's Board of Trade as a business association; and a
 * name joined by "&" as a firm's ("Shelby Bridge & Culvert"), unless it names a service ("Parks & Recreation").
 */
import { describe, expect, it } from 'vitest';
import { hasPrivateHead } from '@/core/entities/role-owner';
import { byName, detect } from './helpers';

const lede = 'The council adopted its budget on Tuesday with a 4.5 per cent rate rise.';
const run = (...sentences: string[]) => detect([lede, ...sentences]);

describe('titles and names', () => {
  it('reads a portfolio of service words before "Minister"', () => {
    const found = byName(run('Disaster Recovery Minister Ana Pike toured the flooded streets.').officials, 'Ana Pike');
    expect(found?.mentions.map((m) => m.text)).toEqual(['Disaster Recovery Minister Ana Pike']);
  });

  it('reads "Col" before a lone surname as a given name, and "Col." as a rank', () => {
    const r = run('Outside, grazier Col Reinke, 68, said he had heard it all before.', 'Col. Ana Pike of the National Guard said the bridge was safe.');
    expect(byName(r.people, 'Col Reinke')).toBeDefined();
    expect(byName([...r.officials, ...r.people], 'Ana Pike')?.mentions.map((m) => m.text)).toEqual(['Col. Ana Pike']);
  });
});

describe('posts that are not offices now', () => {
  it.each([
    'The complaint came from former Division 4 councillor Ana Pike, who lost her seat in 2024.',
    'Port Lachlan Board of Trade president Ana Pike welcomed the decision.',
    'Ana Pike, a project manager for Shelby Bridge & Culvert, told commissioners crews would work ten-hour days.',
  ])('%s', (sentence) => {
    const r = run(sentence);
    expect(byName(r.officials, 'Ana Pike')).toBeUndefined();
    expect(byName(r.people, 'Ana Pike')).toBeDefined();
  });
});

describe('a name joined by "&"', () => {
  it('keeps a director of a public service named with "&" an official', () => {
    expect(byName(run("Ana Pike, the city's director of Parks & Recreation, said the trail would reopen.").officials, 'Ana Pike')).toBeDefined();
  });

  it.each([
    ['Shelby Bridge & Culvert', true],
    ['Parks & Wildlife', false],
    ['Environment & Climate Change Canada', false],
  ])('reads "%s" as a private body: %s', (phrase, isPrivate) => {
    expect(hasPrivateHead(phrase)).toBe(isPrivate);
  });
});
