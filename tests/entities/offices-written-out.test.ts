import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('offices written out in full, stacked or abroad', () => {
  it('reads Australian "Cr" and "Crs", and keeps a stack of titles whole', () => {
    const r = detect([
      'The shire council voted 5-4 to lift rates. Mayor Cr Wilma Strand-Avery said the rise was needed.',
      'Crs Oren Talbot, Fenella Rusk and Dov Amari voted against. Cr Rusk said growers would pay.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Wilma Strand-Avery'))).toEqual(['Mayor Cr Wilma Strand-Avery']);
    expect(byName(r.officials, 'Wilma Strand-Avery')?.role).toBe('mayor');
    expect(mentionTexts(byName(r.officials, 'Oren Talbot'))).toEqual(['Oren Talbot']);
    expect(mentionTexts(byName(r.officials, 'Fenella Rusk'))).toEqual(['Fenella Rusk', 'Cr Rusk']);
  });

  it('titles the name with a written-out office, also before an honorific', () => {
    const r = detect([
      'Select Board Chair Ines Morrow and Finance Committee Chair Tobin Achebe disagreed on Tuesday.',
      'County Health Officer Dr. Lana Petrosyan said the water was safe. Dr. Petrosyan tested it twice.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Ines Morrow'))).toEqual(['Select Board Chair Ines Morrow']);
    expect(mentionTexts(byName(r.officials, 'Tobin Achebe'))).toEqual(['Finance Committee Chair Tobin Achebe']);
    expect(mentionTexts(byName(r.officials, 'Lana Petrosyan'))).toEqual(['County Health Officer Dr. Lana Petrosyan', 'Dr. Petrosyan']);
  });

  it('keeps a written-out service title whole ("Senior Planner", "City Traffic Engineer", "Library Director")', () => {
    const r = detect([
      'The planning commission voted 4-3 for the flats. Senior Planner Ivo Marsh presented the report.',
      'City Traffic Engineer Dee Quarles said the junction would cope. Library Director Pim Aalto asked for shelving.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Ivo Marsh'))).toEqual(['Senior Planner Ivo Marsh']);
    expect(mentionTexts(byName(r.officials, 'Dee Quarles'))).toEqual(['City Traffic Engineer Dee Quarles']);
    expect(mentionTexts(byName(r.officials, 'Pim Aalto'))).toEqual(['Library Director Pim Aalto']);
  });

  it('reads an unlisted adjective in a role before a comma ("the board\'s medical director, Dr X")', () => {
    const r = detect(["The health board met on Tuesday. The board's medical director, Dr Emrys Talfan, said waits had grown."]);
    expect(byName(r.officials, 'Emrys Talfan')?.role).toBe('medical director');
  });

  it("makes the leader of a party's council group an official", () => {
    const r = detect(['The council agreed the plan. Orla Quint, who leads the Liberal Democrat group, said it cost too much.']);
    expect(byName(r.officials, 'Orla Quint')).toBeDefined();
  });

  it('lets what a former councillor does now decide ("and now runs a campaign")', () => {
    const r = detect([
      'The council voted 6-3 to buy the homes. Cllr Pia Garnett moved the motion.',
      'Hetty Brandon, who represented Elmside on the council until 2018 and now runs the Fair Rents campaign, welcomed the vote.',
    ]);
    expect(byName(r.officials, 'Hetty Brandon')).toBeUndefined();
    expect(byName(r.people, 'Hetty Brandon')).toBeDefined();
  });

  it('lets a present campaign outrank a "Former councillor" title', () => {
    const r = detect([
      'The council voted 6-3 to raise rates. Cllr Pia Garnett moved the motion.',
      'Former councillor Idris Malone, who lost his seat in 2022 and now campaigns with the ratepayers group, said it was wrong. Mr Malone left early.',
    ]);
    expect(byName(r.people, 'Idris Malone')).toBeDefined();
    expect(byName(r.officials, 'Idris Malone')).toBeUndefined();
  });

  it("keeps a staff federation's or society's chair among people, however public its name", () => {
    const r = detect(['The council agreed the precept. The chair of the Brackley Police Federation, Noel Sumner, said officers were tired.']);
    expect(byName(r.officials, 'Noel Sumner')).toBeUndefined();
  });

  it('makes each lone surname in a roll after a plural office an official ("Cllrs Hartley, Mensah and Quayle")', () => {
    const r = detect([
      'The committee approved the plan by five votes to two. Voting for were Cllrs Ormsby, Tandoh, Vickery, Lusk and Brandt; against were Cllrs Pellow and Ruane.',
    ]);
    for (const n of ['Ormsby', 'Tandoh', 'Vickery', 'Lusk', 'Brandt', 'Pellow', 'Ruane']) expect(mentionTexts(byName(r.officials, n))).toEqual([n]);
  });

  it('reads provincial and state members (MPP, "Nationals state MP") and an officer "from" a council', () => {
    const r = detect([
      'The council voted to remove the lane. Local MPP Kiran Dhaliwal said the province would step in.',
      'Nationals state MP for the area, Hamish Corrigan-Bell, said roads were failing. A highways officer from Eastvale County Council, Ines Calloway, said the junction would be widened.',
    ]);
    for (const n of ['Kiran Dhaliwal', 'Hamish Corrigan-Bell', 'Ines Calloway']) expect(byName(r.officials, n)).toBeDefined();
  });

  it('links a two-word surname written alone ("Van Dusen") to the full name before it', () => {
    const r = detect(['The council voted 5-4. Mayor Pieter Van Aalst said the lane would go. Van Aalst said drivers had complained.']);
    expect(mentionTexts(byName(r.officials, 'Pieter Van Aalst'))).toEqual(['Mayor Pieter Van Aalst', 'Van Aalst']);
  });

  it('reads "The chair, X" in an article about a public body as its chair, but not "Its chairwoman" of a residents\' group', () => {
    const r = detect([
      'The health board and the council agreed the plan. The chair, Professor Dame Olwen Rhys, said the board would write to ministers.',
      "Residents' group Save Elm Meadow said it was devastated. Its chairwoman, Bethan Lusk, said they would appeal.",
    ]);
    expect(byName(r.officials, 'Olwen Rhys')).toBeDefined();
    expect(byName(r.officials, 'Bethan Lusk')).toBeUndefined();
  });

  it('shares "Council Members" over a list, and reads fire ranks, "Member for <seat>" and "Bill" as a given name', () => {
    const r = detect([
      'The council voted 4-3. Council Members Ada Quist, Bram Oduya and Cass Ferrant voted no. Area Manager Dyfan Rees said crews would change.',
      'The Member for Tallow Plains, Eira Buckland, welcomed it. Bill Ostrander, who led the Labour group for a decade, said yes.',
    ]);
    for (const n of ['Ada Quist', 'Bram Oduya', 'Cass Ferrant', 'Eira Buckland', 'Bill Ostrander']) expect(byName(r.officials, n)).toBeDefined();
    expect(mentionTexts(byName(r.officials, 'Dyfan Rees'))).toEqual(['Area Manager Dyfan Rees']);
  });

  it("keeps a lawyer for a private client among people, and a city's attorney among officials", () => {
    const r = detect([
      'The zoning board voted 3-1. Nils Ek, the attorney for Bright Leaf Wellness, said the rule was unfair. Pia Lund, the attorney for the city, disagreed.',
    ]);
    expect(byName(r.people, 'Nils Ek')).toBeDefined();
    expect(byName(r.officials, 'Pia Lund')).toBeDefined();
  });

  it('reads Irish surnames whose first letter mutates after a particle ("Mac an tSaoi", "Ó hAodha")', () => {
    const r = detect(['The council voted 20-3. Cllr Dónal Mac an tSaoi proposed it. Cllr Mac an tSaoi said so. Cllr Úna Ó hEadhra agreed. Ms Ó hEadhra left.']);
    expect(mentionTexts(byName(r.officials, 'Dónal Mac an tSaoi'))).toEqual(['Cllr Dónal Mac an tSaoi', 'Cllr Mac an tSaoi']);
    expect(mentionTexts(byName(r.officials, 'Úna Ó hEadhra'))).toEqual(['Cllr Úna Ó hEadhra', 'Ms Ó hEadhra']);
  });

  it('keeps former councillors, retired staff, hired lawyers and a chamber president among people', () => {
    const r = detect([
      'The council voted 6-3 for the flats. Cllr Ruth Amis moved the motion.',
      'Also standing is former councillor Ned Voss, who sat for Riverside from 2011 to 2015. Her husband, Col Amis, a retired highways supervisor, watched.',
      'Attorney Lena Marsh, who represents Keystone Ridge, said the plan was sound. Millbrook Chamber of Commerce President Ida Quist backed it.',
    ]);
    for (const n of ['Ned Voss', 'Col Amis', 'Lena Marsh', 'Ida Quist']) expect(byName(r.officials, n)).toBeUndefined();
    expect(byName(r.officials, 'Ruth Amis')).toBeDefined();
  });

  it('reads a Canadian party\'s full name inside a post ("the Progressive Conservative MPP for X")', () => {
    const r = detect([
      'The regional council passed its budget. Tom Keller, the Progressive Conservative MPP for Brockhaven North, said the province had paid.',
    ]);
    expect(byName(r.officials, 'Tom Keller')?.role).toBe('Progressive Conservative MPP for Brockhaven North');
  });

  it('gives no office to a shared title in an article that names no public body', () => {
    const r = detect(['Director Anselm Voight shot the film in secret. Effects supervisor Rhea Lund said the restoration took a year.']);
    expect(byName(r.officials, 'Anselm Voight')).toBeUndefined();
    expect(byName(r.officials, 'Rhea Lund')).toBeUndefined();
  });

  it('gives no office to a bare shared title in an article that names no public body by its kind', () => {
    // A town in a film's plot names no public body.
    const film = ['The thriller is set in a mining town in the state of Maine.', 'Director Anselm Voight shot the film in secret at a studio in Leeds.'];
    expect(byName(detect(film).officials, 'Anselm Voight')).toBeUndefined();
    // A fire district's elected board, whose titles are bare in the district's own story, keeps them.
    const district = [
      'The fire district board voted 3-2 on Tuesday to close Station 3. The district has cut its budget twice.',
      'Director Tamsin Vell voted against. "The district owes the valley a station," she said.',
    ];
    expect(byName(detect(district).officials, 'Tamsin Vell')).toBeDefined();
  });
});
