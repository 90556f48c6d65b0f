import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';
import { singularRole } from '@/core/entities/to-people';

describe('role phrases', () => {
  it('reads a role phrase before the name and leaves it out of the mention', () => {
    const r = detect(['The plan was drawn up by council leader Bramwell Oakes and chief executive Fenella Stroud.']);
    expect(byName(r.officials, 'Bramwell Oakes')?.role).toBe('council leader');
    expect(mentionTexts(byName(r.officials, 'Bramwell Oakes'))).toEqual(['Bramwell Oakes']);
    expect(byName(r.officials, 'Fenella Stroud')?.role).toBe('chief executive');
  });

  it('reads a role head after a subject or "to" as a verb, not a role ("who lead Rydal Vale and ... councils")', () => {
    const r = detect([
      'The combined authority voted for the plan. Two members, who lead Rydal Vale and Pennock Bridge councils, asked for reports.',
      'Cllr Ivy Shaw agreed to chair Fenwick Parish meetings.',
    ]);
    expect([...r.officials, ...r.people].map((p) => p.name)).toEqual(['Ivy Shaw']);
  });

  it('reads "head teacher" as one post, a nation before a party in a role, and no role that ends in a preposition', () => {
    const r = detect([
      "Braeval Council's education committee voted to shut the school. The school's head teacher, Lorna Petrie, attended.",
      'Callum Rennie, the Scottish Conservative MSP for Braeval, had written to the committee.',
      'Iain Dunlop, of the teaching union, said both members of staff at Kilbrannan had been offered jobs.',
    ]);
    expect(byName(r.officials, 'Lorna Petrie')?.role).toBe('head teacher');
    expect(byName(r.officials, 'Callum Rennie')?.role).toBe('Scottish Conservative MSP for Braeval');
    expect([...r.officials, ...r.people].map((p) => p.name)).not.toContain('Kilbrannan');
  });

  it('reads party and opposition words with a title after the role', () => {
    const r = detect(['Opposition Liberal Democrat leader Coun Wilfred Ambler said the figures did not add up.']);
    const p = byName(r.officials, 'Wilfred Ambler');
    expect(p?.role).toBe('Opposition Liberal Democrat leader');
    expect(mentionTexts(p)).toEqual(['Coun Wilfred Ambler']);
  });

  it('reads an appositive role after the name', () => {
    const r = detect([
      "Orla Kinsey, the council's director of adult social care, said demand had doubled.",
      'Bartholomew Reyes, executive councillor for highways and transport, said the road would reopen.',
    ]);
    expect(byName(r.officials, 'Orla Kinsey')?.role).toBe('director of adult social care');
    expect(byName(r.officials, 'Bartholomew Reyes')?.role).toBe('executive councillor for highways and transport');
  });

  it('reads "the other councillor" and "another councillor" as the post, but not another member of the public', () => {
    const r = detect([
      "Harwick Borough Council approved the budget. Dev Sharma, the ward's other councillor, backed it.",
      'Sue Bain, another councillor, agreed. Amy Lin, another member of the public, did not.',
    ]);
    expect(byName(r.officials, 'Dev Sharma')?.role).toBe('councillor');
    expect(byName(r.officials, 'Sue Bain')?.role).toBe('councillor');
    expect(byName(r.people, 'Amy Lin')).toBeDefined();
  });

  it('reads a role phrase set off by a comma before the name', () => {
    const r = detect(["The authority's monitoring officer, Delphine Asante, will report next month."]);
    expect(byName(r.officials, 'Delphine Asante')?.role).toBe('monitoring officer');
  });

  it('reads a party in brackets as a councillor', () => {
    const r = detect(['Ignatius Pole (Lab, Fernside) asked about the pool. Cllr Maud Everley (Conservative) replied.']);
    expect(byName(r.officials, 'Ignatius Pole')?.role).toBe('councillor');
    expect(mentionTexts(byName(r.officials, 'Maud Everley'))).toEqual(['Cllr Maud Everley']);
  });

  it('reads MPs: "X MP", "MP for Y" and "the Labour MP X"', () => {
    const r = detect([
      'Rosalind Thackeray MP for Wexcombe North wrote to the minister.',
      'The Labour MP Cedric Mowbray backed her. Gideon Farrant MP did not.',
    ]);
    expect(byName(r.officials, 'Rosalind Thackeray')?.role).toBe('MP for Wexcombe North');
    expect(mentionTexts(byName(r.officials, 'Rosalind Thackeray'))).toEqual(['Rosalind Thackeray']);
    expect(byName(r.officials, 'Cedric Mowbray')?.role).toBe('Labour MP');
    expect(byName(r.officials, 'Gideon Farrant')?.role).toBe('MP');
  });

  it('separates the seat from the name in "MP for Seat Name"', () => {
    const r = detect(['Labour MP for Oxley Marsh Juniper Caldwell raised the closure in Parliament.']);
    expect(byName(r.officials, 'Juniper Caldwell')).toBeDefined();
    expect(r.people.map((p) => p.name)).not.toContain('Oxley Marsh Juniper Caldwell');
  });

  it('reads US roles: City Manager, police chief, school superintendent', () => {
    const r = detect(['City Manager Horace Lindqvist and Police Chief Tamsin Ruiz briefed the council. Superintendent Abel Norcross attended.']);
    expect(mentionTexts(byName(r.officials, 'Horace Lindqvist'))).toEqual(['City Manager Horace Lindqvist']);
    expect(byName(r.officials, 'Tamsin Ruiz')).toBeDefined();
    expect(byName(r.officials, 'Abel Norcross')?.role).toBe('superintendent');
  });

  it('reads a predicate role ("was appointed interim chief executive")', () => {
    const r = detect(['The council confirmed that Marguerite Dane was appointed interim chief executive of the council in May.']);
    expect(byName(r.officials, 'Marguerite Dane')?.role).toMatch(/^interim chief executive/);
  });

  it("gives the lede's unnamed role to the person named next", () => {
    const r = detect([
      'Wexcombe Borough Council has been left reeling by the departure of its £150,000-a-year chief executive, weeks before the budget.',
      'Leopold Harcourt is understood to have clashed with senior councillors over cuts.',
    ]);
    expect(byName(r.officials, 'Leopold Harcourt')?.role).toBe('chief executive');
  });

  it('shares a plural appositive across "X and Y, both council members"', () => {
    const r = detect(['Ezra Holt and Pippa Marsh, both council members, opposed the cap.']);
    expect(byName(r.officials, 'Ezra Holt')).toBeDefined();
    expect(byName(r.officials, 'Pippa Marsh')).toBeDefined();
  });

  it('reads duty clauses ("who chairs the board")', () => {
    const r = detect(['Supervisor Lyle Bancroft, who chairs the board, said reserves were thin.']);
    expect(byName(r.officials, 'Lyle Bancroft')?.role).toBe('chairs the board');
  });

  it('keeps generic roles at private bodies, spokespeople and residents among people', () => {
    const r = detect([
      'Harriet Vole, managing director of Vole Bakeries Ltd, said trade had fallen.',
      'A spokeswoman, Bettina Crane, said the firm would appeal. Resident Amos Fairweather, 71, said: "It is a disgrace."',
    ]);
    expect(r.officials).toEqual([]);
    expect(byName(r.people, 'Harriet Vole')?.role).toBe('managing director of Vole Bakeries Ltd');
    expect(byName(r.people, 'Amos Fairweather')?.role).toBeNull();
    expect(byName(r.people, 'Bettina Crane')).toBeDefined();
  });

  it('attaches a role cue found later to an honorific-only person', () => {
    const r = detect(['Mr Linus Arden declined to comment.', "Arden, the council's head of legal services, has been in post since 2019."]);
    expect(byName(r.officials, 'Linus Arden')?.role).toBe('head of legal services');
    expect(r.people).toEqual([]);
  });

  it('treats inspectors and public-body officials as officials', () => {
    const r = detect(['Constance Rudd, the lead inspector, wrote that leadership was weak.']);
    expect(byName(r.officials, 'Constance Rudd')).toBeDefined();
  });

  it('gives a role without the space before the phrase that follows it', () => {
    const r = detect(['Bob Alverson, a commissioner on the Seattle-based International Pacific Halibut Commission, said the fishery was well run.']);
    const person = [...r.officials, ...r.people].find((p) => p.name === 'Bob Alverson');
    expect(person?.role).toBe('commissioner');
  });

  it('gives each name in a list under a plural title the singular post', () => {
    const r = detect(['The county commission voted 3-2. Commissioners Pat Henley and Joe Marsh voted no, as did Councilwomen Rosa Diaz and Kim Lo.']);
    expect(byName(r.officials, 'Pat Henley')?.role).toBe('commissioner');
    expect(byName(r.officials, 'Joe Marsh')?.role).toBe('commissioner');
    expect(byName(r.officials, 'Rosa Diaz')?.role).toBe('councilwoman');
  });

  it('makes a plural label singular word by word', () => {
    expect(singularRole('cabinet members')).toBe('cabinet member');
    expect(singularRole('Cllrs')).toBe('councillor');
    expect(singularRole('Crs')).toBe('councillor');
    expect(singularRole('Aldermen')).toBe('alderman');
    expect(singularRole('Council members of the Finance Committee')).toBe('Council member of the Finance Committee');
    expect(singularRole('deputies')).toBe('deputy');
  });
});
