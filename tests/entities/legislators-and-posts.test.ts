/**
 * Role forms seen across UK nations and US boards: devolved legislators (MLA, MS), postpositive
 * "General", statutory posts ("independent person"), "head of X" written straight before a name,
 * plural titles before a list, and "Board member" as a title.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('devolved legislators', () => {
  it('reads MLA before a name and as letters after it', () => {
    const r = detect([
      'Local MLA Siobhan Keery said the rates rise was unfair. Ms Keery, an SDLP MLA for the area, wrote to the minister.',
      'Padraig Lenihan MLA backed her.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Siobhan Keery'))).toEqual(['Siobhan Keery', 'Ms Keery']);
    expect(mentionTexts(byName(r.officials, 'Padraig Lenihan'))).toEqual(['Padraig Lenihan']);
  });

  it('reads "Member of the Senedd" and the MS letters, but not the honorific Ms', () => {
    const r = detect([
      'Carys Pennant, the Member of the Senedd for Dyffryn Isaf, said the report was worrying.',
      'The minister, Gwilym Ashe MS, replied on Tuesday. Ms Pennant said she would press him.',
      'Ms Tamsin Hale, who runs a cafe in the town, said trade was down.',
    ]);
    expect(byName(r.officials, 'Carys Pennant')?.role).toMatch(/Member of the Senedd/);
    expect(byName(r.officials, 'Gwilym Ashe')).toBeDefined();
    expect(byName(r.people, 'Tamsin Hale')).toBeDefined();
  });

  it('keeps a Welsh "ap" inside the name', () => {
    const r = detect(['Plaid Cymru group leader Cllr Ieuan ap Rhys called for a review.']);
    expect(mentionTexts(byName(r.officials, 'Ieuan ap Rhys'))).toEqual(['Cllr Ieuan ap Rhys']);
  });

  it('never takes an Irish party name for a person', () => {
    const r = detect(['Sinn Féin and the SDLP voted against. Sinn Féin councillor Aoife Drennan said families were struggling.']);
    expect(r.people.map((p) => p.name)).not.toContain('Sinn Féin');
    expect(byName(r.officials, 'Aoife Drennan')).toBeDefined();
  });
});

describe('posts written in full', () => {
  it('treats "Auditor General" and "Attorney General" as one role', () => {
    const r = detect(['The Auditor General, Moira Stanwick, said councils must keep a grip on projects. Ms Stanwick will report again next year.']);
    expect(mentionTexts(byName(r.officials, 'Moira Stanwick'))).toEqual(['Moira Stanwick', 'Ms Stanwick']);
  });

  it('treats the standards "independent person" as a statutory post', () => {
    const r = detect(["The council's independent person, Neville Tranter, agreed a breach had occurred. Mr Tranter said staff deserved respect."]);
    expect(byName(r.officials, 'Neville Tranter')?.role).toBe('independent person');
  });

  it('reads "Independent person X" straight before the name, opening a sentence, as that post', () => {
    const r = detect(['The standards hearing found a breach. Independent person Michael Oduya agreed. Mr Oduya said the post was offensive.']);
    expect(byName(r.officials, 'Michael Oduya')?.role).toBe('Independent person');
  });

  it('reads "Independent Person" in capitals as a title, not a given name', () => {
    const r = detect(['The hearing was told by Independent Person Martin Crewe that the complaint had merit. Mr Crewe said the code was breached.']);
    expect(mentionTexts(byName(r.officials, 'Martin Crewe'))).toEqual(['Independent Person Martin Crewe', 'Mr Crewe']);
  });

  it('reads "head of X" and "director of X" written straight before a name', () => {
    const r = detect([
      'At the hearing, head of planning Gillian Roper said the application had been delayed by staff shortages.',
      "The council's executive director of adult services Kofi Mensah agreed.",
      'Clerk of the board Ramon Esparza read the motion.',
    ]);
    expect(byName(r.officials, 'Gillian Roper')?.role).toBe('head of planning');
    expect(byName(r.officials, 'Kofi Mensah')).toBeDefined();
    expect(byName(r.officials, 'Ramon Esparza')).toBeDefined();
  });

  it("makes a school district's chief financial officer an official", () => {
    const r = detect([
      'The school board voted on Tuesday to place the bond on the ballot.',
      "The district's chief financial officer, Yvonne Castro, said the bond would cost owners about $46 a year. Castro said old bonds end in 2031.",
    ]);
    expect(mentionTexts(byName(r.officials, 'Yvonne Castro'))).toEqual(['Yvonne Castro', 'Castro']);
  });
});

describe('board and council titles', () => {
  it('gives a plural title before a list to every name, without making it part of the mention', () => {
    const r = detect(['Councilmembers Ines Barrow and Walt Denholm voted against. Barrow wanted more affordable units, while Denholm cited traffic.']);
    expect(mentionTexts(byName(r.officials, 'Ines Barrow'))).toEqual(['Ines Barrow', 'Barrow']);
    expect(mentionTexts(byName(r.officials, 'Walt Denholm'))).toEqual(['Walt Denholm', 'Denholm']);
  });

  it('writes "Board member" as a title, like "Council member"', () => {
    const r = detect(['Board member Tessa Vanterpool said she shared the concerns.']);
    expect(mentionTexts(byName(r.officials, 'Tessa Vanterpool'))).toEqual(['Board member Tessa Vanterpool']);
  });

  it('reads "Mayor Pro Tem" and US department titles as whole titles', () => {
    const r = detect([
      'Mayor Pro Tem Lyle Brandon and Zoning Administrator Petra Kwan backed the plan. Planning Commission Chair Odell Haynes did not. Brandon said it was overdue.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Lyle Brandon'))).toEqual(['Mayor Pro Tem Lyle Brandon', 'Brandon']);
    expect(mentionTexts(byName(r.officials, 'Petra Kwan'))).toEqual(['Zoning Administrator Petra Kwan']);
    expect(mentionTexts(byName(r.officials, 'Odell Haynes'))).toEqual(['Planning Commission Chair Odell Haynes']);
  });
});
