import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

const BOARD = 'The Alcott Valley Water Authority board met on Thursday, and the authority approved its budget.';

describe('vote rolls and acts written around a list', () => {
  it('reads "Voting for the increase were" as a roll', () => {
    const r = detect([
      BOARD,
      'Voting for the increase were Inez Carrow, Tobias Frame and Doreen Lasky. Board members Gerald Ruppert and Anita Moyer voted no.',
    ]);
    for (const n of ['Inez Carrow', 'Tobias Frame', 'Doreen Lasky', 'Gerald Ruppert', 'Anita Moyer']) expect(byName(r.officials, n)).toBeDefined();
  });

  it('reads a roll call written with commas ("Voting no, Narayan, Abernathy and Tan")', () => {
    const r = detect([
      BOARD,
      'Ruth Abernathy and Philip Tan said they opposed any increase.',
      'The roll call: Voting yes, Farnsworth and Waite. Voting no, Narayan, Abernathy and Tan.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Ruth Abernathy'))).toEqual(['Ruth Abernathy', 'Abernathy']);
    expect(mentionTexts(byName(r.officials, 'Philip Tan'))).toEqual(['Philip Tan', 'Tan']);
  });

  it('reads a sentence opening "Opposed were" or "In favour were" as a roll, but not other uses of the words', () => {
    const r = detect([
      BOARD,
      'The board voted 4-3. Opposed were Dale Kemp, Sharon Ito and Chair Bill Haskins. In favour were Ann Cole and Ray Dunn.',
      'Against were the wishes of Moira Blake, a resident, who spoke first.',
    ]);
    for (const n of ['Dale Kemp', 'Sharon Ito', 'Ann Cole', 'Ray Dunn']) expect(byName(r.officials, n)).toBeDefined();
    expect(byName(r.officials, 'Moira Blake')).toBeUndefined();
  });

  it('reads "voted against, as did (fellow Tories) A and B" as a roll, and "Fellow Conservatives" as no part of a name', () => {
    const r = detect([
      'Harrowby council approved the budget by 30 votes to 12.',
      'Cllr Alan Petch voted against, as did fellow Tories Sue Marr and Keith Dunn. Fellow Conservatives Ed Vine and Rob Lake abstained.',
      'Trustee Ann Cho voted no, as did her colleagues Rita Lowe and Bo Chen.',
    ]);
    for (const name of ['Sue Marr', 'Keith Dunn', 'Ed Vine', 'Rob Lake', 'Rita Lowe', 'Bo Chen'])
      expect(mentionTexts(byName(r.officials, name))).toEqual([name]);
  });

  it('reads "was joined by A, B and C in voting for" as an act of every name in the list', () => {
    const r = detect([BOARD, 'Ingersoll was joined by Rosa Delvecchio, Nathan Kimura and Sharon Eggleston in voting for the cuts.']);
    for (const n of ['Rosa Delvecchio', 'Nathan Kimura', 'Sharon Eggleston']) expect(byName(r.officials, n)).toBeDefined();
  });

  it('takes a surname named alone in a roll as evidence for the full name given later', () => {
    const r = detect([BOARD, 'The board voted 5-2. Those against: Pratt and Lowe.', 'Mike Pratt and Jo Lowe said the vote was rushed.']);
    expect(mentionTexts(byName(r.officials, 'Mike Pratt'))).toEqual(['Pratt', 'Mike Pratt']);
    expect(mentionTexts(byName(r.officials, 'Jo Lowe'))).toEqual(['Lowe', 'Jo Lowe']);
  });

  it('makes someone appointed to a public body by "the appointment of X to" one of its members', () => {
    const r = detect([BOARD, 'Also on the agenda: the appointment of Daniel Osterhout to the Planning Commission, replacing Helen Varga.']);
    expect(byName(r.officials, 'Daniel Osterhout')?.role).toBe('member of the planning commission');
  });
});

describe('plural titles abbreviated', () => {
  it('reads "Couns." before a list like "Crs" ("Couns. Raj Bhullar and Teresa Kowal")', () => {
    const r = detect(['Council approved the budget 7-4. Couns. Raj Bhullar and Teresa Kowal voted against it. Bhullar said no.']);
    expect(r.officials.map((o) => [o.name, o.role])).toEqual([
      ['Raj Bhullar', 'councillor'],
      ['Teresa Kowal', 'councillor'],
    ]);
  });
});

describe('dissenters named after a tally', () => {
  it('reads "7-1, with X opposed" and "with X and Y voting no" as a vote roll, but not "with X opposed" after no vote', () => {
    const r = detect([
      'The budget committee met. The committee’s vote was 7-1, with Wayne Beaulieu opposed. The plan passed 5-2, with Ann Kemp and Bo Ito voting no.',
      'Residents marched on Saturday, with Cara Dunn opposed to the plan.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Wayne Beaulieu', 'Ann Kemp', 'Bo Ito']);
  });

  it('reads a gerund opening a sentence as no given name ("Joining Lindholm in voting yes were")', () => {
    const r = detect(['"Tonight was easy," Board Chair Rebecca Lindholm said. Joining Lindholm in voting yes were Directors Sam Ochieng and Hana Vlasic.']);
    expect(r.people).toEqual([]);
    expect(byName(r.officials, 'Rebecca Lindholm')?.mentions.map((m) => m.text)).toEqual(['Board Chair Rebecca Lindholm', 'Lindholm']);
  });
});

describe('posts held once, and posts a private body holds', () => {
  it('reads "who was parish clerk for many years" as a past post', () => {
    const r = detect([
      'Little Aldham Parish Council met on Monday, and the council agreed the precept.',
      'Mrs Edna Fairbrother, who was parish clerk for many years, celebrated her birthday. Cllr Ann Lee, who was leader until May, spoke.',
    ]);
    expect(byName(r.people, 'Edna Fairbrother')).toBeDefined();
    expect(byName(r.officials, 'Ann Lee')?.role).toBe('councillor');
  });

  it('reads "who was elected" or "who was appointed" as taking the post, not as a past one', () => {
    const r = detect([
      'Little Aldham Parish Council met on Monday, and the council agreed the precept.',
      'Ann Lee, who was elected councillor for Hillside in May, spoke first. Bo Chen, who was appointed finance director last year, replied.',
    ]);
    expect(byName(r.officials, 'Ann Lee')?.role).toBe('councillor for Hillside');
    expect(byName(r.officials, 'Bo Chen')?.role).toBe('finance director');
  });

  it("leaves a party committee's officer, a staff association's chairman and a firm's spokesman among people", () => {
    const r = detect([
      BOARD,
      'Lou Ferrante, chairman of the Stoddard County Democratic Committee, said the party would endorse a candidate.',
      'Harlandshire Police Federation chairman Lee Garside said officers were stretched.',
      'Speaking for Hartwell Land and Homes, planning director Sophie Mallender said the homes would be affordable.',
    ]);
    for (const n of ['Lou Ferrante', 'Lee Garside', 'Sophie Mallender']) expect(byName(r.people, n)).toBeDefined();
  });

  it('gives a government unit named "Office of ..." its director, and a township\'s supervisor their post', () => {
    const r = detect([
      BOARD,
      'Nadia Pruett, director of the Office of Homeless Services, said placements rose.',
      'Dale Hutchens, the Birch Township supervisor, said the township board had asked for a share.',
    ]);
    expect(byName(r.officials, 'Nadia Pruett')).toBeDefined();
    expect(byName(r.officials, 'Dale Hutchens')?.role).toBe('Birch Township supervisor');
  });
});

describe('titles stacked before a councillor', () => {
  it('keeps a written-out post heading the stack, but not a lower-case job opening a sentence', () => {
    const r = detect([
      'Little Aldham Parish Council met on Monday, and the council agreed the precept.',
      'Chairman Cllr Roger Pennington opened the meeting. Vice-chair Cllr Paul Brennan sent apologies.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Roger Pennington'))).toEqual(['Chairman Cllr Roger Pennington']);
    expect(byName(r.officials, 'Roger Pennington')?.role).toBe('Chairman');
    expect(mentionTexts(byName(r.officials, 'Paul Brennan'))).toEqual(['Cllr Paul Brennan']);
  });

  it('reads a US city\'s "Corporation Counsel" as an office title', () => {
    const r = detect([BOARD, 'Corporation Counsel Rachel Ebbesen told the council the seat must go on the ballot.']);
    expect(mentionTexts(byName(r.officials, 'Rachel Ebbesen'))).toEqual(['Corporation Counsel Rachel Ebbesen']);
  });
});

describe('firefighters', () => {
  it('are officials at a named station, on call, or as one of a crew', () => {
    const r = detect([
      "The Cinder Butte Fire Protection District is weighing the closure, and the district's five-member board will decide in May.",
      'Jess Barraclough, an on-call firefighter at Stoke Wallis for nine years, said the crews were told little.',
      'Kaylee Mortensen, one of the seven volunteer firefighters still on the roster, said she would take more shifts.',
    ]);
    for (const n of ['Jess Barraclough', 'Kaylee Mortensen']) expect(byName(r.officials, n)).toBeDefined();
  });
});

describe("a roll's plural label beside a title", () => {
  it('leaves the role the title gives', () => {
    const r = detect([
      'Harford District Council set its budget on Tuesday.',
      'Cllr Dev Rana (Con) said the budget failed residents.',
      'Voting against: Cllrs Rana, Hill and Osei.',
    ]);
    expect(byName(r.officials, 'Dev Rana')?.role).toBe('councillor');
  });
});

describe('members named only by surname in a vote roll', () => {
  it('reports each surname a roll lists as a member, with its later mentions', () => {
    const r = detect([
      'The Pell County school board voted 5-2 on Monday to close Hart Elementary.',
      'Voting yes were Jones, Reed, Larkin, Patel and Whitfield. Those against: Gomez and Howell.',
      'Jones said the savings were needed.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Jones', 'Reed', 'Larkin', 'Patel', 'Whitfield', 'Gomez', 'Howell']);
    expect(mentionTexts(byName(r.officials, 'Jones'))).toEqual(['Jones', 'Jones']);
  });

  it('makes no member of a lone name that only acts in a list with no roll before it', () => {
    const r = detect(['Harrowby council offered staff a 3% rise.', 'Unison and Unite voted to strike over the offer.']);
    expect(r.officials).toEqual([]);
  });
});
