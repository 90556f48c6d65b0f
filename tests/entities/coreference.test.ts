import { describe, expect, it } from 'vitest';
import { allNames, byName, detect, mentionTexts } from './helpers';

describe('co-reference', () => {
  it('links full name, title+surname, bare surname and possessive to one person', () => {
    const r = detect([
      'Council leader Cornelius Maddox faces a confidence vote.',
      "Coun Maddox said he would fight on. Maddox's allies were less sure, and Cllr Maddox’s deputy stayed silent.",
    ]);
    const p = byName(r.officials, 'Cornelius Maddox');
    expect(mentionTexts(p)).toEqual(['Cornelius Maddox', 'Coun Maddox', 'Maddox', 'Cllr Maddox']);
    expect(r.officials).toHaveLength(1);
  });

  it('maps "Mr Roger\'s" to Rogers with mention text excluding the possessive', () => {
    const r = detect(['Council finance director Eamon Rogers resigned.', "Critics said Mr Roger's reforms had stalled."]);
    expect(mentionTexts(byName(r.officials, 'Eamon Rogers'))).toEqual(['Eamon Rogers', 'Mr Roger']);
  });

  it('matches initials to the full name', () => {
    const r = detect(['Councillor Percival Harrowgate chaired the meeting.', 'Cllr P Harrowgate then moved the motion.']);
    expect(mentionTexts(byName(r.officials, 'Percival Harrowgate'))).toEqual(['Councillor Percival Harrowgate', 'Cllr P Harrowgate']);
    expect(r.officials).toHaveLength(1);
  });

  it('keeps initial-only names when no full name is given', () => {
    const r = detect(['Cllr T Oyelowo (Lab) seconded the motion and Cllr Oyelowo spoke again later.']);
    expect(mentionTexts(byName(r.officials, 'T Oyelowo'))).toEqual(['Cllr T Oyelowo', 'Cllr Oyelowo']);
  });

  it('counts a first name alone inside quotes, and opening a sentence only as its plain subject', () => {
    const r = detect([
      "The council's chief executive, Imelda Crowther, will leave in June.",
      'Cllr Otto Grieve said: "I wish Imelda all the best." Imelda was not at the meeting.',
      'Imelda Gardens, a cul-de-sac, will be resurfaced.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Imelda Crowther'))).toEqual(['Imelda Crowther', 'Imelda', 'Imelda']);
  });

  it('tracks quotes that run across paragraphs', () => {
    const r = detect([
      'Mayor Beatrix Soames said: "This has been a hard year.',
      '"I want to thank Beatrix\'s team, and Beatrix herself, I mean, the whole office."',
    ]);
    expect(mentionTexts(byName(r.officials, 'Beatrix Soames'))).toEqual(['Mayor Beatrix Soames', 'Beatrix', 'Beatrix']);
  });

  it('does not guess a first name shared by two people', () => {
    const r = detect(['Cllr Nadia Brook and Cllr Nadia Pemberton both spoke.', '"Nadia was right," a colleague said.']);
    expect(mentionTexts(byName(r.officials, 'Nadia Brook'))).toEqual(['Cllr Nadia Brook']);
    expect(mentionTexts(byName(r.officials, 'Nadia Pemberton'))).toEqual(['Cllr Nadia Pemberton']);
  });

  it('resolves a shared surname to the most recently mentioned person', () => {
    const r = detect(['Councillor Ivor Lomax proposed the cut. His sister, Councillor Greta Lomax, opposed it.', 'Lomax said the vote should be delayed.']);
    expect(mentionTexts(byName(r.officials, 'Greta Lomax'))).toEqual(['Councillor Greta Lomax', 'Lomax']);
    expect(mentionTexts(byName(r.officials, 'Ivor Lomax'))).toEqual(['Councillor Ivor Lomax']);
  });

  it('uses title gender to tell two people with one surname apart', () => {
    const r = detect(['Mr Silas Penrose and Mrs Agatha Penrose run the shop.', 'Mrs Penrose said trade was down. Mr Penrose agreed.']);
    expect(mentionTexts(byName(r.people, 'Agatha Penrose'))).toEqual(['Mrs Agatha Penrose', 'Mrs Penrose']);
    expect(mentionTexts(byName(r.people, 'Silas Penrose'))).toEqual(['Mr Silas Penrose', 'Mr Penrose']);
  });

  it('tells two councillors with one surname apart by the usual sex of their given names', () => {
    const r = detect([
      'Cllr Lucy Barker and Cllr Tom Barker, who are married, both voted against.',
      'Mrs Barker said the charges would hurt the market. Mr Barker agreed. Cllr Sam Barker abstained.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Lucy Barker'))).toEqual(['Cllr Lucy Barker', 'Mrs Barker']);
    expect(mentionTexts(byName(r.officials, 'Tom Barker'))).toEqual(['Cllr Tom Barker', 'Mr Barker']);
  });

  it('resolves neither person when a shared surname comes before both', () => {
    const r = detect(['Tremlett said the deal was done.', 'Council leader Hugo Tremlett and Cllr Ada Tremlett signed it.']);
    for (const p of r.officials) expect(mentionTexts(p)).not.toContain('Tremlett');
  });

  it('links "Sir Firstname" to a knight named in full', () => {
    const r = detect(["The area's MP, Sir Benedict Quarles, objected.", '"Sir Benedict has been clear," said a spokesman.']);
    expect(mentionTexts(byName(r.officials, 'Benedict Quarles'))).toEqual(['Sir Benedict Quarles', 'Sir Benedict']);
  });

  it('creates a surname-only person for a titled surname with no full name', () => {
    const r = detect(['Mr Abernethy told the hearing he had paid the fine. Abernethy left without comment.']);
    expect(mentionTexts(byName(r.people, 'Abernethy'))).toEqual(['Mr Abernethy', 'Abernethy']);
    expect(allNames(r)).toEqual(['Abernethy']);
  });

  it('upgrades a titled surname to the full name given later', () => {
    const r = detect(['Coun Featherstone opened the session.', 'Later, Coun Lavinia Featherstone closed it.']);
    expect(r.officials.map((p) => p.name)).toEqual(['Lavinia Featherstone']);
    expect(mentionTexts(r.officials[0])).toEqual(['Coun Featherstone', 'Coun Lavinia Featherstone']);
  });

  it('handles hyphenated and particle surnames', () => {
    const r = detect(["Cllr Marta van der Berg and Cllr Owain Rhys-Jenkins agreed. Rhys-Jenkins's amendment passed."]);
    expect(byName(r.officials, 'Marta van der Berg')).toBeDefined();
    expect(mentionTexts(byName(r.officials, 'Owain Rhys-Jenkins'))).toEqual(['Cllr Owain Rhys-Jenkins', 'Rhys-Jenkins']);
  });

  it('links a usual short form of the given name, and a name set with either apostrophe', () => {
    const r = detect([
      "Council leader Robert Haines and Councillor Liam O'Neill spoke first.",
      'Later, Bob Haines said the budget was tight. O’Neill disagreed, and Haines left.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Robert Haines'))).toEqual(['Robert Haines', 'Bob Haines', 'Haines']);
    expect(mentionTexts(byName(r.officials, "Liam O'Neill"))).toEqual(["Councillor Liam O'Neill", 'O’Neill']);
  });

  it('links a quoted short form that is no prefix of the given name ("Tom" for Thomas)', () => {
    const r = detect(['City Manager Thomas Reyes got a raise on Tuesday.', '"Tom has delivered for this city," Mayor Ana Ortiz said.']);
    expect(mentionTexts(byName(r.officials, 'Thomas Reyes'))).toEqual(['City Manager Thomas Reyes', 'Tom']);
  });

  it('gives a titled surname to the relative who holds the office, when it was written in words', () => {
    const r = detect([
      'Ward councillor Peter Lang objected. His wife, Sandra Lang, a campaigner with Save Our Fields, spoke in the public session.',
      'Mrs Lang said the field was used daily. Cllr Lang said he had declared an interest.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Peter Lang'))).toEqual(['Peter Lang', 'Cllr Lang']);
    expect(mentionTexts(byName(r.people, 'Sandra Lang'))).toEqual(['Sandra Lang', 'Mrs Lang']);
  });

  it('completes a name known by its initial from the one full name that fits it', () => {
    const r = detect([
      'The school board voted 5-2 on Monday. Trustee J. Whitfield voted no.',
      'John Whitfield, in his second term, said the vote failed the children.',
    ]);
    expect(mentionTexts(byName(r.officials, 'John Whitfield'))).toEqual(['Trustee J. Whitfield', 'John Whitfield']);
    const two = detect(['The school board voted 5-2 on Monday. Trustee K. Moss voted yes.', 'Kate Moss watched. Karen Moss watched too.']);
    expect(mentionTexts(byName(two.officials, 'K. Moss'))).toEqual(['Trustee K. Moss']);
  });

  it('reads a given name opening a sentence only when a speech verb follows it', () => {
    const r = detect([
      'The county council approved the budget, and the council will consult on it.',
      'The chief executive, Dr Helen Marsh, said the council had no choice. Helen said later that she was proud of staff.',
      'Helen Street will close for the works.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Helen Marsh'))).toEqual(['Dr Helen Marsh', 'Helen']);
  });

  it('reads a given name opening an unquoted answer when it plainly leads the clause, unless it is also a word', () => {
    const r = detect([
      'The council’s chief executive, Dr Alison Byrne, has been in post for a year. The deputy leader, Cllr Will Ames, chairs transport.',
      'Alison and I agreed on day one that every report would be published. Alison is the best officer I have worked with.',
      'Alison holds surgeries every month. Alison also says the budget is tight.',
      'Will is a word too. May is the wettest month.',
      'Alison Road will close for resurfacing.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Alison Byrne'))).toEqual(['Dr Alison Byrne', 'Alison', 'Alison', 'Alison', 'Alison']);
    expect(mentionTexts(byName(r.officials, 'Will Ames'))).toEqual(['Cllr Will Ames']);
  });

  it('links a name written with and without its accents', () => {
    const r = detect([
      'Mayor Rosa María Díaz opened the hearing. Later, Mayor Diaz said the vote would come in June.',
      'Councillor Zoë Brontë agreed; Zoe Bronte said so twice.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Rosa María Díaz'))).toEqual(['Mayor Rosa María Díaz', 'Mayor Diaz']);
    expect(mentionTexts(byName(r.officials, 'Zoë Brontë'))).toEqual(['Councillor Zoë Brontë', 'Zoe Bronte']);
  });

  it('reads run-together initials as a given name ("J.R. Hawkes")', () => {
    const r = detect(['Commissioner J.R. Hawkes voted no. Hawkes said the plan was rushed.']);
    expect(mentionTexts(byName(r.officials, 'J.R. Hawkes'))).toEqual(['Commissioner J.R. Hawkes', 'Hawkes']);
  });

  it('reads Spanish compound particles ("de los", "de las") inside a surname', () => {
    const r = detect(['Council member Maria de los Santos spoke first. De los Santos said the rents were too high.']);
    expect(mentionTexts(byName(r.officials, 'Maria de los Santos'))).toEqual(['Council member Maria de los Santos', 'De los Santos']);
  });
});

describe('other forms of an accepted name', () => {
  it("takes a full name whose given name is the other's short or long form, and a nickname in straight quotes", () => {
    const r = detect([
      'Kessington District Council met on Monday to discuss the council budget.',
      'Cllr Chris Patel spoke at length. Christopher Patel was first elected in 2019.',
      "Cllr Robert 'Bob' Tanner opened the debate. Bob said the plan was poor.",
    ]);
    expect(mentionTexts(byName(r.officials, 'Chris Patel'))).toEqual(['Cllr Chris Patel', 'Christopher Patel']);
    expect(mentionTexts(byName(r.officials, 'Robert Tanner'))).toEqual(["Cllr Robert 'Bob' Tanner", 'Bob']);
  });
});

describe('a surname acting in a vote roll', () => {
  it('goes to the office holder among people who share it', () => {
    const r = detect([
      'Millhaven City Council approved the contract on Tuesday.',
      'Council Member Elaine Forsythe voted yes. Her husband, Mark Forsythe, a retired sanitation supervisor, left early.',
      'Castellano, Forsythe and Council Member Jorge Alvarez voted in favor.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Elaine Forsythe'))).toEqual(['Council Member Elaine Forsythe', 'Forsythe']);
    expect(mentionTexts(byName(r.people, 'Mark Forsythe'))).toEqual(['Mark Forsythe']);
  });

  it('takes the nickname given in quotes with the full name as that person’s given name later ("Ted Alvarez")', () => {
    const r = detect([
      'The Brookvale City Council voted 5-2 on Tuesday.',
      'City Manager Theodore "Ted" Alvarez said staff would bring back a plan. Ted Alvarez has led the city since 2019. Alvarez said it was sound.',
      'Resident Ted Morgan disagreed.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Theodore Alvarez'))).toEqual(['City Manager Theodore "Ted" Alvarez', 'Ted Alvarez', 'Alvarez']);
    expect(byName(r.people, 'Ted Alvarez')).toBeUndefined();
    expect(byName(r.people, 'Ted Morgan')).toBeDefined();
  });
});

describe('a namesake named as a relative', () => {
  const all = (r: ReturnType<typeof detect>) => [...r.officials, ...r.people];

  it('leaves the surname alone to the other, once both are named in full', () => {
    const r = detect([
      'Harold Quenby, who chaired the parish council for 20 years, has died aged 91.',
      'His death was announced by his son, Neil Quenby, who said his father had been unwell since the summer.',
      'Quenby, a retired engineer, was first elected in 1979. Quenby also ran the village fete.',
    ]);
    expect(mentionTexts(byName(all(r), 'Harold Quenby'))).toEqual(['Harold Quenby', 'Quenby', 'Quenby']);
    expect(mentionTexts(byName(all(r), 'Neil Quenby'))).toEqual(['Neil Quenby']);
  });

  it('lets a surname the text has already given to the relative stay with them', () => {
    const r = detect([
      'The shop was opened in 1966 by Walter Ashby and has been run since 1991 by his son, Graham Ashby.',
      '"We have tried everything," Mr Ashby said. Ashby said the shop would close in March.',
    ]);
    expect(mentionTexts(byName(all(r), 'Graham Ashby'))).toEqual(['Graham Ashby', 'Mr Ashby', 'Ashby']);
  });
});
