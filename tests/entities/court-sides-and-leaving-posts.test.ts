import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('court sides, a mayor’s staff, posts being left and posts held in given years', () => {
  it('reads "Prosecuting, X" and "X, prosecuting," as the Crown’s lawyer, and the defence as a person', () => {
    const r = detect([
      'Cllr Brian Askew admitted the offence at Dunsford Magistrates’ Court.',
      'Prosecuting, Imelda Garside told the court the road passed a school. Mrs Garside said it was a serious excess.',
      'Defending, Rupert Vane said his client was sorry. Hollis Ede, prosecuting, asked for costs.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Imelda Garside'))).toEqual(['Imelda Garside', 'Mrs Garside']);
    expect(byName(r.officials, 'Hollis Ede')?.role).toBe('prosecutor');
    expect(byName(r.officials, 'Rupert Vane')).toBeUndefined();
  });

  it('reads the mayor’s staff as public staff, but not the mayor’s family', () => {
    const r = detect(['The outgoing mayor thanked the mayor’s driver, Stan Colclough, and the mayor’s wife, Pauline Ebdon, for their support.']);
    expect(byName(r.officials, 'Stan Colclough')?.role).toBe('driver');
    expect(byName(r.officials, 'Pauline Ebdon')).toBeUndefined();
  });

  it('reads "is retiring as" and "will step down as" as the post held until then', () => {
    const r = detect([
      'After 28 years, Verna Quillfeldt, 64, is retiring as city clerk on June 30. Quillfeldt said she would miss the counter.',
      'Osric Penhale will step down as chair of the council’s licensing committee in May.',
    ]);
    expect(byName(r.officials, 'Verna Quillfeldt')?.role).toBe('city clerk');
    expect(byName(r.officials, 'Osric Penhale')).toBeDefined();
  });

  it('reads a post with the years it was held, both ends given, as a past post', () => {
    const r = detect([
      'The city will honour its retiring clerk on Friday.',
      'Marisol Ytterberg, mayor from 2009 to 2017, said the clerk had saved the city more than once. Ytterberg laughed.',
      'Anwen Pryce, the town’s mayor for 2025-26, opened the fair.',
    ]);
    expect(byName(r.officials, 'Marisol Ytterberg')).toBeUndefined();
    expect(byName(r.people, 'Marisol Ytterberg')).toBeDefined();
    expect(byName(r.officials, 'Anwen Pryce')).toBeDefined();
  });

  it('reads a remit with a remit of its own as one title ("Director of Services for Housing X")', () => {
    const r = detect(['Director of Services for Housing Cathal Brennock told the meeting the list was long. Mr Brennock said so.']);
    expect(mentionTexts(byName(r.officials, 'Cathal Brennock'))).toEqual(['Director of Services for Housing Cathal Brennock', 'Mr Brennock']);
  });
});

describe('a business named with its owner’s possessive', () => {
  it('reads "Dawson’s Diner" as a business, no mention of Dawson, but keeps "Cllr Smith’s Labour colleagues"', () => {
    const r = detect([
      'The council heard from Hubert Trask, who owns Trask’s Bakery on Mill Street. Trask’s Bakery has stood there since 1961.',
      'Cllr Orla Smythe’s Labour colleagues backed her.',
    ]);
    expect(mentionTexts(byName(r.people, 'Hubert Trask'))).toEqual(['Hubert Trask']);
    expect(mentionTexts(byName(r.officials, 'Orla Smythe'))).toEqual(['Cllr Orla Smythe']);
  });
});

describe('trades beside public duties', () => {
  it('reads "executive chef" as no post, and a duty done "for the city" as public', () => {
    const r = detect([
      'The city council will vote on the parklet fees next week.',
      'Soren Vaillancourt, the bar’s executive chef, said the patio had changed the kitchen.',
      'Imani Threlkeld, who manages business licensing for the city, said the fee never covered its costs.',
    ]);
    expect(byName(r.officials, 'Soren Vaillancourt')).toBeUndefined();
    expect(byName(r.officials, 'Imani Threlkeld')).toBeDefined();
  });

  it('reads a bare "Manager" title as a club’s, even in a story about a council’s vote', () => {
    const r = detect([
      'The council’s planning committee approved the football club’s new ground by seven votes to two.',
      'Manager Dale Stoneley said the move would make it easier to attract players. Stoneley said so.',
      'City Manager Greta Olofsson said the council would build the access road.',
    ]);
    expect(byName(r.officials, 'Dale Stoneley')).toBeUndefined();
    expect(byName(r.officials, 'Greta Olofsson')).toBeDefined();
  });
});

describe('rules from the opened blind15', () => {
  it('reads a panel’s co-opted member, a duty at a public body named with "and", and work "now" at the city', () => {
    const r = detect([
      'The police and crime panel met on Monday to scrutinise the precept.',
      'Parveen Aziz, one of the panel’s independent co-opted members, asked for a report.',
      'Rosalind Trevitt, who chairs the Parks and Recreation Board, said the pool would reopen.',
      'Kirsty Hallam, 23, who was head lifeguard at the old pool and now works at the city’s indoor pool, told the council it was unsafe.',
    ]);
    for (const n of ['Parveen Aziz', 'Rosalind Trevitt', 'Kirsty Hallam']) expect(byName(r.officials, n)).toBeDefined();
  });

  it('reads "a retired sheriff’s deputy" as a past post, and a foundation’s board president as private', () => {
    const r = detect([
      'The county board certified the primary result on Monday.',
      'A third candidate, Amos Fenwicke, a retired sheriff’s deputy from Elm Township, received 1,877 votes.',
      'Greer Halvorsen, the foundation’s board president, said the city council had accepted the gift.',
    ]);
    expect(byName(r.officials, 'Amos Fenwicke')).toBeUndefined();
    expect(byName(r.officials, 'Greer Halvorsen')).toBeUndefined();
  });
});
