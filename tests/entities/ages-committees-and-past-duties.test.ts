import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('roles behind an age, committee members, rolls after a colon and past duties', () => {
  it('reads a predicate or an apposition behind an age set off by commas', () => {
    const r = detect([
      'The Ravelston police and crime panel met on Monday.',
      'Oonagh Prentice, 51, is currently assistant chief constable at neighbouring Dunmarsh Police.',
      'Idris Pembury, 44, the council’s head of legal services, advised members.',
    ]);
    expect(byName(r.officials, 'Oonagh Prentice')?.role).toBe('assistant chief constable');
    expect(byName(r.officials, 'Idris Pembury')?.role).toMatch(/^head of legal services/);
  });

  it('reads "is now", "is also" and "is still" before a post', () => {
    const r = detect(['Bethan Corley is now the authority’s monitoring officer.']);
    expect(byName(r.officials, 'Bethan Corley')?.role).toBe('monitoring officer');
  });

  it('gives the post to someone a panel endorsed or backed "as" it', () => {
    const r = detect([
      'The fire authority has endorsed Kieran Aldous as the county’s next chief fire officer, after a long hearing.',
      'Aldous said he was honoured.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Kieran Aldous'))).toEqual(['Kieran Aldous', 'Aldous']);
  });

  it('reads "Committee member X" as a title, public unless the paragraph names a private group', () => {
    const r = detect([
      'The Finance Committee voted 6-3 to recommend the article to the town meeting.',
      'Committee member Roland Teague spoke for the minority. Teague said the town could wait.',
      'The Save Hollin Meadow group met at the church hall. Committee member Avril Dunstan said the campaign would go on.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Roland Teague'))).toEqual(['Committee member Roland Teague', 'Teague']);
    expect(byName(r.officials, 'Avril Dunstan')).toBeUndefined();
  });

  it('reads a "member" title before an honorific, and a "Plan Commission" chair, as one title', () => {
    const r = detect([
      'The county health board voted 4-1 to close the beach. Board member Dr. Amara Quist voted no.',
      'Plan Commission Chair Dale Voigt said the village board would take it up.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Amara Quist'))).toEqual(['Board member Dr. Amara Quist']);
    expect(mentionTexts(byName(r.officials, 'Dale Voigt'))).toEqual(['Plan Commission Chair Dale Voigt']);
  });

  it('reads "Former" opening a sentence before a title of several words as a past office', () => {
    const r = detect(['Former Select Board member Lorraine Bixby urged voters to pass the article.']);
    expect(byName(r.officials, 'Lorraine Bixby')).toBeUndefined();
    expect(byName(r.people, 'Lorraine Bixby')).toBeDefined();
  });

  it('reads "Yes —" after a colon as a vote roll', () => {
    const r = detect([
      'The Harwick City Council voted 4-3 to create the commission.',
      'The vote: Yes — Delphine Oyelaran, Mirko Stastny and Council member Ada Ferris. No — Walt Ebbing and Carys Munro.',
    ]);
    for (const n of ['Delphine Oyelaran', 'Mirko Stastny', 'Walt Ebbing', 'Carys Munro']) expect(byName(r.officials, n)).toBeDefined();
  });

  it('does not read a scene-setting phrase before a name as that name’s post', () => {
    const r = detect([
      'The county board of health voted to suspend the permit of the Golden Wok restaurant.',
      'Under the board’s order, Wen Tsao may apply to reopen after two inspections.',
    ]);
    expect(byName(r.officials, 'Wen Tsao')).toBeUndefined();
  });

  it('reads the committee of a village hall or a carnival as a private body', () => {
    const r = detect([
      'The fire authority will close two stations.',
      'Gwenda Ormerod, 70, who chairs Pellby’s village hall committee, said the fire authority should think again.',
    ]);
    expect(byName(r.officials, 'Gwenda Ormerod')).toBeUndefined();
  });

  it('reads an event’s volunteer committee as private, but not a council’s own committee of that name', () => {
    const r = detect([
      'The town council gave the switch-on £5,000 this year.',
      'Norris Ebbage, who has chaired the lights committee for nine years, said the volunteers were relieved.',
      'Cllr Idris Vowles, who chairs the council’s Christmas lights committee, thanked them.',
    ]);
    expect(byName(r.officials, 'Norris Ebbage')).toBeUndefined();
    expect(byName(r.officials, 'Idris Vowles')).toBeDefined();
  });

  it('names an official by a post, not by a past duty or a date of election', () => {
    const r = detect([
      'Mayor Hester Quayle was first elected in 2021.',
      'Cllr Dominic Arrowsmith, who chaired the planning committee, spoke against the plan.',
    ]);
    expect(byName(r.officials, 'Hester Quayle')?.role).toBe('mayor');
    expect(byName(r.officials, 'Dominic Arrowsmith')?.role).toBe('councillor');
  });
});

describe('Canadian heads of council and members-elect', () => {
  it('reads "Reeve", "Deputy Reeve" and "Warden" as titles of office, not as given names', () => {
    const r = detect(['Reeve Hollis Brandvold said the township would review the bylaw. Deputy Reeve Solange Picard disagreed.']);
    expect(mentionTexts(byName(r.officials, 'Hollis Brandvold'))).toEqual(['Reeve Hollis Brandvold']);
    expect(byName(r.officials, 'Solange Picard')?.role).toBe('deputy reeve');
    const w = detect(['Warden Gail Fenske chaired the county council meeting.']);
    expect(mentionTexts(byName(w.officials, 'Gail Fenske'))).toEqual(['Warden Gail Fenske']);
  });

  it('reads "Council member-elect X" as the office not yet taken up', () => {
    const r = detect(['Council member-elect Oriana Vasko will be sworn in next month. Vasko won the District 2 seat.']);
    expect(byName(r.officials, 'Oriana Vasko')?.role).toBe('council member-elect');
    expect(mentionTexts(byName(r.officials, 'Oriana Vasko'))).toEqual(['Council member-elect Oriana Vasko', 'Vasko']);
  });
});

describe('state delegates', () => {
  it('reads "Delegate X" as a legislator’s title, and "Del Monte" as no one', () => {
    const r = detect(['Delegate Ione Whitcomb said the bill would pass. The Del Monte cannery closed in 1998.']);
    expect(mentionTexts(byName(r.officials, 'Ione Whitcomb'))).toEqual(['Delegate Ione Whitcomb']);
    expect(r.officials).toHaveLength(1);
  });
});
