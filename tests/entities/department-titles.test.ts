/**
 * Stop 50, from a known miss on a dev98 page (written for tuning by a helper who saw no code; the
 * sentences here are new): an Australian or New Zealand council's job title with its department
 * written straight after the job's head, with no "of" ("Director Corporate Services X", "General
 * Manager Infrastructure Y").
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const lede = 'The council adopted its long-term financial plan on Tuesday night.';
const official = (sentence: string, name: string) => byName(detect([lede, sentence]).officials, name);

describe('a department after the job head', () => {
  it.each([
    ['Director Corporate Services Ana Pike said the rate rise was needed.', 'Director Corporate Services'],
    ['General Manager Infrastructure Ana Pike said the seawall works would start in March.', 'General Manager Infrastructure'],
    ['The report from Group Manager Community Wellbeing Ana Pike was noted.', 'Group Manager Community Wellbeing'],
  ])('%s', (sentence, title) => {
    const found = official(sentence, 'Ana Pike');
    expect(found?.mentions.map((m) => m.text)).toEqual([`${title} Ana Pike`]);
    expect(found?.role).toBe(title);
  });
});
