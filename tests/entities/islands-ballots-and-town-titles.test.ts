/**
 * Stop 49, from the dev101 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): the Crown Dependencies' offices (an MHK, an MLC after the name, "States Treasurer", the
 * Bailiff, a Connétable and a Centenier); a New York county's "Legis."; a place's name before a town's
 * title ("Sayre Harbor Town Supervisor X"); a rank before a post and its remit ("Assistant
 * Superintendent for Business X"); a clause told of a whole list ("who both sat on ..."); a past lord
 * mayor in lower case; a school board race's winner told before the name ("The top vote-getter was
 * newcomer X"); and a party of two words before a legislator's letters.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const lede = 'The parish council voted 21-17 on Tuesday, and the council’s committee agreed.';
const officials = (...sentences: string[]) => detect([lede, ...sentences]).officials.map((p) => p.name);
const mentions = (sentence: string, name: string) => byName(detect([lede, sentence]).officials, name)?.mentions.map((m) => m.text);

describe('island offices', () => {
  it.each([
    ['Crennell North MHK Alan Quirk said no.', 'Alan Quirk'],
    ['Elaine Kinvig MLC said the plan was sound.', 'Elaine Kinvig'],
    ['The Bailiff, Sir Anthony Renouf, presided.', 'Anthony Renouf'],
  ])('%s', (sentence, name) => {
    expect(officials(sentence)).toEqual([name]);
  });

  it.each([
    ['States Treasurer Neil Ogier said no.', 'Neil Ogier', 'States Treasurer Neil Ogier'],
    ['Connétable Marie Le Gresley presided.', 'Marie Le Gresley', 'Connétable Marie Le Gresley'],
    ['Centenier Luis Pinto spoke.', 'Luis Pinto', 'Centenier Luis Pinto'],
  ])('%s', (sentence, name, mention) => {
    expect(mentions(sentence, name)).toEqual([mention]);
  });
});

describe('titles', () => {
  it('reads "Legis." as a county legislator’s title', () => {
    expect(mentions('Legis. Tom Brannick voted no.', 'Tom Brannick')).toEqual(['Legis. Tom Brannick']);
  });

  it.each([
    ['Sayre Harbor Town Supervisor Ellen Marsh said no.', 'Town Supervisor Ellen Marsh'],
    ['Deputy Town Supervisor Ellen Marsh said no.', 'Deputy Town Supervisor Ellen Marsh'],
    ['Executive County Superintendent Ellen Marsh said no.', 'Executive County Superintendent Ellen Marsh'],
    ['The rise is $212 a year, Assistant Superintendent for Business Ellen Marsh said.', 'Assistant Superintendent for Business Ellen Marsh'],
  ])('%s', (sentence, mention) => {
    expect(mentions(sentence, 'Ellen Marsh')).toEqual([mention]);
  });

  it('reads "Progressive Conservative" before an MPP as a party, not a person', () => {
    expect(officials('Dana Firth, the Progressive Conservative MPP for Port Ellis, said no.')).toEqual(['Dana Firth']);
  });
});

describe('lists, past posts and winners', () => {
  it('keeps a plural title on a list’s last name when a clause is told of them all', () => {
    expect(officials('Couns Helen Pryde and Ray Dix, who both sat on the steering group, knocked on doors.')).toEqual(['Helen Pryde', 'Ray Dix']);
  });

  it('reads a former lord mayor in lower case as past', () => {
    expect(officials('Former lord mayor Stan Vukic, who held the job from 2012 to 2017, said no.')).toEqual([]);
  });

  it('reads the top vote-getter as the winner of a school board race', () => {
    const r = detect([
      'Four candidates ran for two at-large seats on the school board, and turnout was light.',
      'The top vote-getter was newcomer Maria Espino, 41, a nurse, with 2,406 votes. Dennis Whitby, a retired teacher, finished fourth.',
    ]);
    expect(r.officials.map((p) => p.name)).toEqual(['Maria Espino']);
  });
});
