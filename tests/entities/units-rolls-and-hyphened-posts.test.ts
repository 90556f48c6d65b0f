/**
 * Stop 49, from the dev100 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a public body's unit named once with its possessive and then as the owner of a post ("the
 * county's 911 center ... The center's director, X"); initials that leave out a place's name ("the
 * Orrin Integration Joint Board (IJB) ... the IJB's chief officer"); "Its chair, X" after a public body
 * just named; a board "chaired by" someone; vote rolls opened by "Supporting the motion were" or naming
 * the group before its members; "Deputies" as a plural title; a post held "when" a past event happened;
 * two posts held as one ("secretary-treasurer") and "according to treasurer X"; and a consultant, whoever
 * hired them.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const lede = 'The county commission voted 4-1 on Monday, and the council agreed.';
const names = (...sentences: string[]) => {
  const r = detect([lede, ...sentences]);
  return { officials: r.officials.map((p) => p.name), people: r.people.map((p) => p.name) };
};

describe('owners named before', () => {
  it('reads a public body’s unit as the owner of its director’s post', () => {
    expect(names('The money would go to the county’s 911 center.', 'The center’s director, Ivo Brandt, said the radios were old.').officials).toEqual([
      'Ivo Brandt',
    ]);
    expect(names('The arts center’s director, Ivo Brandt, said the radios were old.').officials).toEqual([]);
  });

  it('reads initials that leave out the place opening a body’s name', () => {
    expect(names('Funding for the Orrin Integration Joint Board (IJB) will fall.', 'Nell Aske, the IJB’s chief officer, warned of cuts.').officials).toEqual([
      'Nell Aske',
    ]);
  });

  it('reads "Its chair" after a public body just named, not after a charity', () => {
    expect(names('The budget was approved by the Orrin Police Commission on Oct. 3. Its chair, Ada Rook, told council it was tight.').officials).toEqual([
      'Ada Rook',
    ]);
    expect(names('The plan was backed by the Friends of Elm Park, a charity. Its chair, Ada Rook, was pleased.').officials).toEqual([]);
  });

  it('reads a public board "chaired by" someone as her part in its business', () => {
    expect(names('He said the district’s board, chaired by Ada Rook, voted to oppose it.').officials).toEqual(['Ada Rook']);
    expect(names('The Friends group’s board, chaired by Ada Rook, agreed.').officials).toEqual([]);
  });
});

describe('vote rolls', () => {
  it.each(['Supporting the motion were Pete Orme and Sandra Kell.', 'Opposing the amendment were Pete Orme and Sandra Kell.'])('%s', (sentence) => {
    expect(names(sentence).officials).toEqual(['Pete Orme', 'Sandra Kell']);
  });

  it('reads a group named before its members, and the names the roll goes on to', () => {
    expect(
      names('Voting against were Sinn Féin’s three councillors, Rory Walsh, Ena Frain and Bo Lally, along with Independent Dympna Horan.').officials,
    ).toEqual(['Rory Walsh', 'Ena Frain', 'Bo Lally', 'Dympna Horan']);
  });

  it('reads "Deputies" as a plural title, and "Fine Gael" as a party, not a person', () => {
    const r = names('Councillors criticised Deputies Naughton and Gaffney.', 'Fine Gael TD Ena Frain said it was unfair.');
    expect(r.officials).toEqual(['Naughton', 'Gaffney', 'Ena Frain']);
    expect(r.people).toEqual([]);
  });
});

describe('posts', () => {
  it('reads a post held when a past event happened as past', () => {
    expect(names('Ian Orme, who chaired the community council when the turbines were approved, said so.').people).toEqual(['Ian Orme']);
  });

  it.each(['It cost $18,400, according to treasurer Ivo Brandt.', 'It cost $18,400, said secretary-treasurer Ivo Brandt.'])('%s', (sentence) => {
    expect(names(sentence).officials).toEqual(['Ivo Brandt']);
  });

  it('leaves a consultant a person, whoever hired him', () => {
    expect(names('The city’s rate consultant, Ivo Brandt of Brandt & Sayre, told council the deal was fair.').people).toEqual(['Ivo Brandt']);
  });

  it('reads a council’s Quality Improvement Officer as its staff', () => {
    const r = detect([lede, 'Responding, the council’s Quality Improvement Officer Graeme Orme said there would be meetings.']);
    expect(r.officials[0]?.mentions.map((m) => m.text)).toEqual(['Quality Improvement Officer Graeme Orme']);
  });
});
