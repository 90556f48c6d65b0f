import { describe, expect, it } from 'vitest';
import { allNames, byName, detect } from './helpers';
import { looksLikeNameToken } from '@/core/entities/not-names';

describe('things that are not people', () => {
  it('skips the byline author given as an option, even when named in the text', () => {
    const r = detect(['Cllr Ottoline Marsh spoke to Wilma Stanhope about the vote.', 'Wilma Stanhope is our local democracy reporter.'], {
      byline: 'By Wilma Stanhope, Local Democracy Reporter',
    });
    expect(allNames(r)).toEqual(['Ottoline Marsh']);
  });

  it('skips "By X" lines and picture credits', () => {
    const r = detect(['By Jonas Whitlock', 'Picture: Edna Fairbairn / Wexcombe Echo', 'Photo by Carys Mold', 'Cllr Rufus Peel said the bridge would reopen.']);
    expect(allNames(r)).toEqual(['Rufus Peel']);
  });

  it('keeps "Written by X" credits out, but not a story\'s "was written by X" (stop 33)', () => {
    const r = detect(['Written by Jonas Whitlock', 'Reporting by Edna Fairbairn', "The report was written by Kate Miles, the council's head of housing."]);
    expect(allNames(r)).toEqual(['Kate Miles']);
  });

  it('finds people whose surnames are also place words, and keeps newspapers out', () => {
    const r = detect([
      'Council leader Rowan Heath said the budget would balance.',
      'The Northfield Post reported that Cllr Dana Woods (Labour) abstained.',
      'Mr Heath thanked Cllr Woods for her work.',
    ]);
    expect(allNames(r).sort()).toEqual(['Dana Woods', 'Rowan Heath']);
  });

  it('does not report councils, companies, streets, wards, parties or buildings', () => {
    const r = detect([
      'Wexcombe Borough Council and Ferndale Homes Ltd signed the deal at the Town Hall on Monday.',
      'Residents of Northgate Ward and shoppers on Kingsway Street objected, as did the Labour Party and Con Edison.',
      'The Green Party, Wexcombe University and St Barnabas Church also responded in January.',
      'Holbrook & Tate CPAs, the township’s auditor, and Marsh Accountants could not balance the account.',
    ]);
    expect(allNames(r)).toEqual([]);
  });

  it('reads a chamber of commerce before its officer as a body, not a person', () => {
    const r = detect(['Wexcombe Chamber of Commerce CEO Paula Grant said businesses could absorb the cost.']);
    expect(allNames(r)).toEqual(['Paula Grant']);
  });

  it('does not treat sentence-initial function words as part of a name', () => {
    const r = detect(['However Councillors rejected it. Speaking at the meeting, Cllr Dorian Lusk said the plan was dead. Meanwhile Lusk left.']);
    expect(allNames(r)).toEqual(['Dorian Lusk']);
    expect(byName(r.officials, 'Dorian Lusk')?.mentions.map((m) => m.text)).toEqual(['Cllr Dorian Lusk', 'Lusk']);
  });

  it('does not read days, months or party names as people', () => {
    const r = detect(['On Tuesday March the Liberal Democrats and Conservatives voted together.', 'Labour said on Friday it would abstain.']);
    expect(allNames(r)).toEqual([]);
  });

  it('ignores headline-like runs of capitalised words', () => {
    const r = detect(['Council Tax Rise Approved After Marathon Budget Meeting', 'Councillors approved the rise.']);
    expect(allNames(r)).toEqual([]);
  });

  it('does not make a person of a named thing after "the"', () => {
    const r = detect(['The row over the Harbour Lights scheme and the Silver Jubilee fund continued.']);
    expect(allNames(r)).toEqual([]);
  });

  it('does not read a place after a preposition of a seat as a person', () => {
    const r = detect(['The MP for Oxley Marsh was unavailable.']);
    expect(allNames(r)).toEqual([]);
  });

  it('rejects a cue-less pair when a word of it names an organisation elsewhere', () => {
    const r = detect(['Brantwood District Council approved the plan.', 'Critics at Brantwood Hall said it was rushed.']);
    expect(allNames(r)).toEqual([]);
  });

  it('still finds a quoted resident with no role among people', () => {
    const r = detect(['Ingrid Tallow, who has lived on the street for 30 years, said: "Nobody asked us."']);
    expect(byName(r.people, 'Ingrid Tallow')?.role).toBeNull();
    expect(r.officials).toEqual([]);
  });
});

describe('organisations named like people', () => {
  it('reads a capitalised run ending in a research, finance, media or housing word as a body, not a person', () => {
    const r = detect([
      'Prices fell last year, Yahoo Finance reported. The chain has 100 brands, according to Coresight Research.',
      'Clarion Housing said repairs were late, and Northgate Media carried the story. Ann Lee said she was not surprised.',
    ]);
    expect(r.people.map((p) => p.name)).toEqual(['Ann Lee']);
  });
});

describe('looksLikeNameToken', () => {
  it('takes a romanised given name with a lower-case second syllable, not a hyphenated modifier', () => {
    for (const name of ['Hye-jin', 'Seung-hoon', 'Mei-ling', 'Smith-Jones']) expect(looksLikeNameToken(name)).toBe(true);
    for (const word of ['London-based', 'Tory-led', 'Pre-war', 'Labour-run', 'Council-owned']) expect(looksLikeNameToken(word)).toBe(false);
  });
});
