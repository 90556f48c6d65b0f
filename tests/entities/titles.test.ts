import { describe, expect, it } from 'vitest';
import { allNames, byName, detect, mentionTexts } from './helpers';

describe('titles and office cues', () => {
  it('includes Cllr, Coun and Councillor in the mention and makes the person an official', () => {
    const r = detect([
      'Cllr Hattie Brennock opened the debate on the new depot.',
      'Coun Tobias Finchley said the scheme was overdue, and Councillor Ada Pellow agreed.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Hattie Brennock'))).toEqual(['Cllr Hattie Brennock']);
    expect(mentionTexts(byName(r.officials, 'Tobias Finchley'))).toEqual(['Coun Tobias Finchley']);
    expect(mentionTexts(byName(r.officials, 'Ada Pellow'))).toEqual(['Councillor Ada Pellow']);
    expect(byName(r.officials, 'Ada Pellow')?.role).toBe('councillor');
    expect(byName(r.officials, 'Ada Pellow')?.title).toBe('Councillor');
  });

  it('accepts titles with a full stop (US style)', () => {
    const r = detect(['Mayor Lucinda Harrow defended the plan. Mr. Osgood Tremaine, a resident, did not.', 'Ms. Harrow said the vote was close.']);
    const mayor = byName(r.officials, 'Lucinda Harrow');
    expect(mentionTexts(mayor)).toEqual(['Mayor Lucinda Harrow', 'Ms. Harrow']);
    expect(mayor?.role).toBe('mayor');
    expect(byName(r.people, 'Osgood Tremaine')).toBeDefined();
  });

  it('handles multi-word and stacked titles', () => {
    const r = detect(['Metro Mayor Quentin Ashdale met Councillor Sir Rupert Vane and Cllr Dr Mina Okoro at the depot.']);
    expect(mentionTexts(byName(r.officials, 'Quentin Ashdale'))).toEqual(['Metro Mayor Quentin Ashdale']);
    expect(mentionTexts(byName(r.officials, 'Rupert Vane'))).toEqual(['Councillor Sir Rupert Vane']);
    expect(mentionTexts(byName(r.officials, 'Mina Okoro'))).toEqual(['Cllr Dr Mina Okoro']);
  });

  it('reads US titles: Council member, Councilmember, Councilwoman, Commissioner, Supervisor', () => {
    const r = detect([
      'Council member Dario Fenwick and Councilmember Priya Vance voted yes, while Councilwoman Hedda Lusk abstained.',
      'Commissioner Elias Brandt and Supervisor Noor Haddad spoke later. Fenwick said the city had waited long enough.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Dario Fenwick'))).toEqual(['Council member Dario Fenwick', 'Fenwick']);
    expect(byName(r.officials, 'Priya Vance')?.role).toBe('council member');
    for (const n of ['Hedda Lusk', 'Elias Brandt', 'Noor Haddad']) expect(byName(r.officials, n)).toBeDefined();
  });

  it('keeps capitalised formal titles before a name in the mention', () => {
    const r = detect(['County Administrator Wendell Price said the jail was full. Vice Chair Imogen Cray disagreed.']);
    expect(mentionTexts(byName(r.officials, 'Wendell Price'))).toEqual(['County Administrator Wendell Price']);
    expect(byName(r.officials, 'Wendell Price')?.role).toBe('County Administrator');
    expect(mentionTexts(byName(r.officials, 'Imogen Cray'))).toEqual(['Vice Chair Imogen Cray']);
  });

  it('treats peers (Lord, Baroness) as officials', () => {
    const r = detect(['Baroness Clemency Hart and Lord Arkwright both spoke in the debate.']);
    expect(byName(r.officials, 'Clemency Hart')?.role).toBe('peer');
    expect(byName(r.officials, 'Arkwright')).toBeDefined();
  });

  it('leaves honorific-only people (Mr, Mrs, Dr) among people', () => {
    const r = detect(['Mrs Gwendolyn Pike, who lives on the estate, said the bins were overflowing. Dr Samir Qureshi agreed.']);
    expect(byName(r.people, 'Gwendolyn Pike')?.role).toBeNull();
    expect(byName(r.people, 'Samir Qureshi')).toBeDefined();
    expect(r.officials).toEqual([]);
  });

  it('does not read a title followed by a role word or a place as a person', () => {
    const r = detect(['Mr Speaker called order. The parade went down Lord Street towards the Town Hall.']);
    expect(allNames(r)).toEqual([]);
  });

  it('reads "-elect" titles and an at-large seat after the title', () => {
    const r = detect(['Mayor-elect Ann Fox and Councilmember At-Large Dana Wu met the council. Fox said the budget was first.']);
    expect(mentionTexts(byName(r.officials, 'Ann Fox'))).toEqual(['Mayor-elect Ann Fox', 'Fox']);
    expect(byName(r.officials, 'Ann Fox')?.role).toBe('mayor-elect');
    expect(mentionTexts(byName(r.officials, 'Dana Wu'))).toEqual(['Councilmember At-Large Dana Wu']);
  });

  it('reads rarer posts written as titles, and any title not yet taken up ("Magistrate X", "Treasurer-elect X"), but not a surname', () => {
    const r = detect([
      'The county council voted on the plan, and the council approved it.',
      'Magistrate Cal Cole said so. Treasurer-elect Ryan Moss said he would start in January. Moss said so.',
      'Cllr Tom Warden said the plan was good. Warden voted for it.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Cal Cole'))).toEqual(['Magistrate Cal Cole']);
    expect(mentionTexts(byName(r.officials, 'Tom Warden'))).toEqual(['Cllr Tom Warden', 'Warden']);
    expect(mentionTexts(byName(r.officials, 'Ryan Moss'))).toEqual(['Treasurer-elect Ryan Moss', 'Moss']);
  });

  it('reads an ombudsman written as a title, not as a given name ("Housing Ombudsman Richard Blakeway")', () => {
    const r = detect(['Housing Ombudsman Richard Blakeway said the council had failed the family. Ombudsman Amy Lee agreed. Blakeway said so.']);
    expect(mentionTexts(byName(r.officials, 'Richard Blakeway'))).toEqual(['Housing Ombudsman Richard Blakeway', 'Blakeway']);
    expect(mentionTexts(byName(r.officials, 'Amy Lee'))).toEqual(['Ombudsman Amy Lee']);
  });

  it('reads speakers and members of Congress written with the country ("U.S. Rep. Lisa Chao")', () => {
    const r = detect(['House Speaker Jo Hart said the vote was bipartisan. U.S. Rep. Lisa Chao and U.S. Attorney Ken Lowe agreed. Hart said so.']);
    expect(mentionTexts(byName(r.officials, 'Jo Hart'))).toEqual(['House Speaker Jo Hart', 'Hart']);
    expect(mentionTexts(byName(r.officials, 'Lisa Chao'))).toEqual(['U.S. Rep. Lisa Chao']);
    expect(byName(r.officials, 'Ken Lowe')?.role).toBe('U.S. attorney');
  });

  it('reads a written-out title whose words are a list ("Police, Fire and Crime Commissioner")', () => {
    const r = detect([
      'Police, Fire and Crime Commissioner Sarah Tan set the precept. Residents from Ashby, Police and Crime Commissioner Jo Lee said, were angry.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Sarah Tan'))).toEqual(['Police, Fire and Crime Commissioner Sarah Tan']);
    expect(mentionTexts(byName(r.officials, 'Jo Lee'))).toEqual(['Police and Crime Commissioner Jo Lee']);
  });

  it('reads an at-large seat joined to the title by hyphens ("Councilmember-at-large")', () => {
    const r = detect(['Councilmember-at-large Nia Odum abstained, and Council Member-at-Large Ray Penn voted yes. Odum said the plan was rushed.']);
    expect(mentionTexts(byName(r.officials, 'Nia Odum'))).toEqual(['Councilmember-at-large Nia Odum', 'Odum']);
    expect(byName(r.officials, 'Nia Odum')?.role).toBe('council member at-large');
    expect(mentionTexts(byName(r.officials, 'Ray Penn'))).toEqual(['Council Member-at-Large Ray Penn']);
  });

  it('reads a written-out title joined by "and", and a title whose words name no business ("Chief Business Official")', () => {
    const r = detect([
      'The Harlan Creek school board voted on Tuesday, and the district will merge two schools.',
      'Parks and Recreation Director Lisa Marchetti said the fields would stay open. Marchetti said so.',
      'Enrollment fell, according to a report by Chief Business Official Daniel Okonkwo. Okonkwo said the merger would save money.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Lisa Marchetti'))).toEqual(['Parks and Recreation Director Lisa Marchetti', 'Marchetti']);
    expect(mentionTexts(byName(r.officials, 'Daniel Okonkwo'))).toEqual(['Chief Business Official Daniel Okonkwo', 'Okonkwo']);
  });

  it("reads a county's road and bridge department in a title, and keeps Bridges a surname", () => {
    const r = detect([
      'Brackett County commissioners voted 3-2 on Monday to raise the trash fee.',
      'Road and Bridge Administrator Curtis Lowry said the new station would cut the haul. Lowry said so.',
      'Councillor Tom Bridges said no. Bridges said he would appeal.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Curtis Lowry'))).toEqual(['Road and Bridge Administrator Curtis Lowry', 'Lowry']);
    expect(mentionTexts(byName(r.officials, 'Tom Bridges'))).toEqual(['Councillor Tom Bridges', 'Bridges']);
  });

  it('reads "HM", "Audit", "Law" and "Senedd" in titles, and keeps Law a surname', () => {
    const r = detect([
      'The county council’s cabinet met on Tuesday.',
      'HM Senior Coroner Alan Pike opened the inquest, and HM Inspector Gwen Rees said the service must improve.',
      'Audit Manager Keith Farrell and Law Director Sam Reed reported. Cllr Ann Law agreed; Tom Law, a resident, did not.',
      'Rhodri Owen, the Senedd Member for Bryntawe, said he would raise it. Mr Owen said so.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Alan Pike'))).toEqual(['HM Senior Coroner Alan Pike']);
    expect(mentionTexts(byName(r.officials, 'Gwen Rees'))).toEqual(['HM Inspector Gwen Rees']);
    expect(mentionTexts(byName(r.officials, 'Keith Farrell'))).toEqual(['Audit Manager Keith Farrell']);
    expect(mentionTexts(byName(r.officials, 'Sam Reed'))).toEqual(['Law Director Sam Reed']);
    expect(mentionTexts(byName(r.officials, 'Ann Law'))).toEqual(['Cllr Ann Law']);
    expect(byName(r.people, 'Tom Law')).toBeDefined();
    expect(mentionTexts(byName(r.officials, 'Rhodri Owen'))).toEqual(['Rhodri Owen', 'Mr Owen']);
    // A seat named after "Member of the Senedd for" is a place, not a person titled by it.
    const seat = detect(['The county council’s cabinet met on Tuesday.', 'The Member of the Senedd for Ceredwyn North, Llinos Watkin, welcomed it.']);
    expect([...seat.officials, ...seat.people].map((p) => p.name)).toEqual(['Llinos Watkin']);
  });

  it('reads alderperson, its plurals over a list, and Public Advocate', () => {
    const r = detect([
      'Springfield City Council voted on Tuesday.',
      'Alderperson Kim Ode said yes. Alderpersons Ann Lee and Raj Patel objected; Alderpeople Tom Ash and Dee Ray agreed.',
      'Public Advocate Kay Dunn called it a poor deal.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Kim Ode'))).toEqual(['Alderperson Kim Ode']);
    for (const n of ['Ann Lee', 'Raj Patel', 'Tom Ash', 'Dee Ray']) {
      expect(mentionTexts(byName(r.officials, n))).toEqual([n]);
      expect(byName(r.officials, n)?.role).toBe('alderperson');
    }
    expect(mentionTexts(byName(r.officials, 'Kay Dunn'))).toEqual(['Public Advocate Kay Dunn']);
  });

  it('reads the words after a written-out title\'s "for" or "of" as its remit, not as a given name', () => {
    const r = detect([
      'The Commissioner for Children Anne Longfield said the council had failed. Ms Longfield wants a review.',
      'Chief Inspector of Prisons Charlie Taylor agreed, and so did the Secretary of State for Levelling Up Michael Gove.',
      'Director of Finance John Smith told Harwick Council the money was there.',
    ]);
    // The title written out with its remit is part of the mention, as the gold writes "Director of Finance Raj Malhotra".
    expect(mentionTexts(byName(r.officials, 'Anne Longfield'))).toEqual(['Commissioner for Children Anne Longfield', 'Ms Longfield']);
    expect(byName(r.officials, 'Anne Longfield')?.role).toBe('Commissioner for Children');
    expect(byName(r.officials, 'Charlie Taylor')?.role).toBe('Chief Inspector of Prisons');
    expect(byName(r.officials, 'Michael Gove')?.role).toBe('Secretary of State for Levelling Up');
    expect(byName(r.officials, 'John Smith')?.role).toBe('Director of Finance');
    expect(r.people).toEqual([]);
  });

  it("reads US county offices written as titles, and a body's name before a title ('Board of Education President')", () => {
    const r = detect([
      'The Harwick City Council met on Tuesday.',
      'Board of Education President Jen Kerr, County Assessor Wes Xiong, Tax Collector Xena Yost and County Recorder Zoe Abel spoke.',
      'Justice of the Peace Sal Toro and Register of Deeds Val West did not. Toro said so.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Jen Kerr'))).toEqual(['Board of Education President Jen Kerr']);
    expect(byName(r.officials, 'Jen Kerr')?.role).toBe('Board of Education President');
    expect(mentionTexts(byName(r.officials, 'Wes Xiong'))).toEqual(['County Assessor Wes Xiong']);
    expect(byName(r.officials, 'Xena Yost')?.role).toBe('tax collector');
    expect(mentionTexts(byName(r.officials, 'Zoe Abel'))).toEqual(['County Recorder Zoe Abel']);
    expect(byName(r.officials, 'Sal Toro')?.role).toBe('Justice of the Peace');
    expect(mentionTexts(byName(r.officials, 'Sal Toro'))).toEqual(['Justice of the Peace Sal Toro', 'Toro']);
    expect(byName(r.officials, 'Val West')?.role).toBe('Register of Deeds');
    expect(r.people).toEqual([]);
  });

  it('reads a numbered seat before a title written out with its remit ("Precinct 4 Justice of the Peace")', () => {
    const r = detect(['The Marlow County Commissioners Court adopted its budget 3-2. Precinct 4 Justice of the Peace Dorothy Kimbrell got $18,500.']);
    expect(mentionTexts(byName(r.officials, 'Dorothy Kimbrell'))).toEqual(['Precinct 4 Justice of the Peace Dorothy Kimbrell']);
  });

  it('reads a Florida county\'s "Property Appraiser" whole', () => {
    const r = detect(['The Cypress County Commission kept its tax rate flat. Values were certified by Property Appraiser Glenn Harwell.']);
    expect(mentionTexts(byName(r.officials, 'Glenn Harwell'))).toEqual(['Property Appraiser Glenn Harwell']);
  });

  it('reads fire service ranks whole ("Watch Manager", "Crew Manager")', () => {
    const r = detect(['Cleveshire Fire Authority voted to close three stations. Watch Manager Tom Brook and Crew Manager Lia Kent said crews were worried.']);
    expect(mentionTexts(byName(r.officials, 'Tom Brook'))).toEqual(['Watch Manager Tom Brook']);
    expect(mentionTexts(byName(r.officials, 'Lia Kent'))).toEqual(['Crew Manager Lia Kent']);
  });

  it('reads UK detective ranks abbreviated ("DS Ward", "DCI Amy Rowe") and prosecutors as public staff', () => {
    const r = detect([
      'An inquest heard that council carers missed four visits. Detective Sergeant Kelly Ward said police found no crime. DS Ward said so. DCI Amy Rowe agreed.',
      "'It was clear,' said prosecutor Ben Ode. Prosecutor Amy Chen said so. Defence barrister Tom Hale said not.",
    ]);
    expect(mentionTexts(byName(r.officials, 'Kelly Ward'))).toEqual(['Detective Sergeant Kelly Ward', 'DS Ward']);
    expect(mentionTexts(byName(r.officials, 'Amy Rowe'))).toEqual(['DCI Amy Rowe']);
    expect(byName(r.officials, 'Ben Ode')?.role).toBe('prosecutor');
    expect(mentionTexts(byName(r.officials, 'Amy Chen'))).toEqual(['Prosecutor Amy Chen']);
    expect(byName(r.people, 'Tom Hale')).toBeDefined();
  });

  it('reads a remit written in capitals after "Head of" ("Head of Legal Services", "Head of Property and Estates")', () => {
    const r = detect(['Harwick Council met. The council agreed.', 'Head of Legal Services Gus Lamb and Head of Property and Estates Jo Ray advised it.']);
    expect(byName(r.officials, 'Gus Lamb')?.role).toBe('Head of Legal Services');
    expect(byName(r.officials, 'Jo Ray')?.role).toBe('Head of Property and Estates');
    expect(mentionTexts(byName(r.officials, 'Jo Ray'))).toEqual(['Head of Property and Estates Jo Ray']);
  });

  it('reads a hyphenated office whose parts are posts ("County Judge-Executive X") and keeps "Judge" a surname after a title', () => {
    const r = detect(['The county commission met. County Judge-Executive Ray Hall said so. Cllr Sam Judge agreed, and Judge said so.']);
    expect(mentionTexts(byName(r.officials, 'Ray Hall'))).toEqual(['County Judge-Executive Ray Hall']);
    expect(mentionTexts(byName(r.officials, 'Sam Judge'))).toEqual(['Cllr Sam Judge', 'Judge']);
  });

  it('keeps a post on the body between a title and a full name in the title ("Supervisor Chair Ana Ruiz")', () => {
    const r = detect(['The board of supervisors voted 3-2. Supervisor Chair Ana Ruiz said so. Commissioner Vice Chair Bo Lee agreed. Ruiz said so.']);
    expect(mentionTexts(byName(r.officials, 'Ana Ruiz'))).toEqual(['Supervisor Chair Ana Ruiz', 'Ruiz']);
    expect(mentionTexts(byName(r.officials, 'Bo Lee'))).toEqual(['Commissioner Vice Chair Bo Lee']);
  });

  it('reads Scottish civic titles as offices ("Lord Provost X" is no peer) and "Convener X" as a title', () => {
    const r = detect([
      'Glenross City Council agreed the budget. Lord Provost Fiona McAuley opened the meeting. Depute Provost Ian Strachan chaired it.',
      'Councillor Hamish Baird, convener of the finance committee, said so. Convener Baird added that reserves were low.',
    ]);
    expect(byName(r.officials, 'Fiona McAuley')?.role).toBe('lord provost');
    expect(byName(r.officials, 'Ian Strachan')?.role).toBe('depute provost');
    expect(mentionTexts(byName(r.officials, 'Hamish Baird'))).toEqual(['Councillor Hamish Baird', 'Convener Baird']);
  });

  it('reads the Crown’s county offices as offices ("Lord Lieutenant X" is no peer, "High Sheriff X" no police sheriff)', () => {
    const r = detect(['Lord Lieutenant Andrew Coombe presented the award. High Sheriff Pat Mackey also attended.']);
    expect(r.officials.map((o) => [o.name, o.role, mentionTexts(o)])).toEqual([
      ['Andrew Coombe', 'lord lieutenant', ['Lord Lieutenant Andrew Coombe']],
      ['Pat Mackey', 'high sheriff', ['High Sheriff Pat Mackey']],
    ]);
  });

  it('reads a surname that is also a furniture word ("Read", "More") after a given name', () => {
    const r = detect([
      'Council leader Chris Read and his deputy, Cllr Saghir Alam, attended. Mr Read said so. Cllr Kenneth More agreed.',
      'Read more: council leader quits',
    ]);
    expect(mentionTexts(byName(r.officials, 'Chris Read'))).toEqual(['Chris Read', 'Mr Read']);
    expect(mentionTexts(byName(r.officials, 'Kenneth More'))).toEqual(['Cllr Kenneth More']);
  });

  it('keeps "Pro Tem" and "Pro Tempore" after a written-out post in its title ("Council President Pro Tempore X")', () => {
    const r = detect(['The council voted 6-1. Council President Pro Tempore Dwayne Hollis said so. Hollis agreed. Board Chair Pro Tem Rosa Diaz agreed.']);
    expect(r.officials.map((o) => [o.name, o.role, mentionTexts(o)])).toEqual([
      ['Dwayne Hollis', 'Council President Pro Tempore', ['Council President Pro Tempore Dwayne Hollis', 'Hollis']],
      ['Rosa Diaz', 'Board Chair Pro Tem', ['Board Chair Pro Tem Rosa Diaz']],
    ]);
  });
});
