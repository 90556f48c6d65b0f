import { describe, expect, it } from 'vitest';
import { allNames, byName, detect, mentionTexts } from './helpers';

const names = (list: { name: string }[]): string[] => list.map((p) => p.name);

describe('plural titles and roles over a list', () => {
  it.each([
    ['Councillors Ann Lee, Raj Patel and Tom Hughes voted against the plan.', ['Ann Lee', 'Raj Patel', 'Tom Hughes']],
    ['Two cabinet members (Ivy Dunn and Omar Faye) backed it.', ['Ivy Dunn', 'Omar Faye']],
    ['Councilwomen Rosa Diaz and Kim Lo opposed the rezoning.', ['Rosa Diaz', 'Kim Lo']],
    ['The three commissioners — Nell Abara, Guy Pemberton and Lena Sousa — agreed.', ['Nell Abara', 'Guy Pemberton', 'Lena Sousa']],
    ['Two board members, Hugo Starling and Pia Lund, abstained.', ['Hugo Starling', 'Pia Lund']],
  ])('%s', (sentence, expected) => {
    const r = detect(['Hallerton City Council met on Tuesday to set the budget.', sentence]);
    expect(names(r.officials)).toEqual(expected);
    // A plural title titles nobody: the mention is the bare name.
    for (const n of expected) expect(mentionTexts(byName(r.officials, n))).toEqual([n]);
  });
});

describe('a role phrase ahead of the name behind a comma or colon', () => {
  it('reads the comma and the colon', () => {
    const r = detect([
      'Morland County Council is facing a £4m gap.',
      "The county's finance director, Dana Ruiz, said reserves were low.",
      "The council's head of planning: Ola Berg. She said the site was suitable.",
    ]);
    expect(byName(r.officials, 'Dana Ruiz')?.role).toBe('finance director');
    expect(byName(r.officials, 'Ola Berg')?.role).toBe('head of planning');
  });

  it('reads a new post in an appositive, but not one the sentence gives to someone else', () => {
    const r = detect([
      'Osprey Lake Village Board met on Monday.',
      "'We must listen,' says Kim Ode, the new chief executive.",
      "Tom Rae, the council's new senior arboricultural officer, agreed.",
      "Lia Vos, the Harford Chamber of Commerce's new chief executive, disagreed.",
      "The board hired Aaron Vickery, a deputy chief in neighbouring Bramble Grove, as the village's new police chief.",
    ]);
    expect(byName(r.officials, 'Kim Ode')?.role).toBe('chief executive');
    expect(byName(r.officials, 'Tom Rae')?.role).toBe('senior arboricultural officer');
    expect(names(r.officials)).not.toContain('Lia Vos');
    expect(allNames(r)).not.toContain('Bramble Grove');
  });

  it('reads "is" and "was" joining a role phrase that opens the clause to its holder', () => {
    const r = detect([
      'Morland County Council is facing a £4m gap.',
      "The council's new chief executive is Sarah Lund. Lund said she was pleased.",
      "He said the county's finance director was Paul Kerr, who joined in May.",
      'Her lawyer is John Smith.',
    ]);
    expect(byName(r.officials, 'Sarah Lund')?.role).toBe('chief executive');
    expect(mentionTexts(byName(r.officials, 'Sarah Lund'))).toEqual(['Sarah Lund', 'Lund']);
    expect(byName(r.officials, 'Paul Kerr')?.role).toBe('finance director');
    // A private calling joined the same way is no office.
    expect(names(r.officials)).not.toContain('John Smith');
  });
});

describe('appositives and duty clauses that show office', () => {
  it.each([
    "Jane Ridley, a member of the council's scrutiny panel, said more work was needed.",
    'Jane Ridley, who was elected in May, said she would vote against.',
    "Jane Ridley, who sits on the council's cabinet, said the plan was fair.",
    'Jane Ridley, vice-chair of the scrutiny panel, said more work was needed.',
    "Jane Ridley, from the council's housing team, said 40 families were waiting.",
    'Jane Ridley, one of three ward members for Elmfield, opposed it.',
    'Jane Ridley, a member of the state Public Service Commission, said its staff would review the figures.',
  ])('%s', (sentence) => {
    const r = detect(['Dunford City Council met on Monday and the council agreed the budget.', sentence]);
    expect(names(r.officials)).toEqual(['Jane Ridley']);
  });

  it('shares a duty written after "who both" with the first name of the pair', () => {
    const r = detect([
      'Dunford City Council met on Monday and the council agreed the budget.',
      'The plan was backed by Jane Ridley and Tom Ashe, who both sit on the committee.',
    ]);
    expect(names(r.officials)).toEqual(['Jane Ridley', 'Tom Ashe']);
  });

  it('shares "who both represent districts" across a vote roll without voiding it', () => {
    const r = detect([
      'Dunford City Council approved the rezoning on Tuesday.',
      "Voting against were Walt Brennan and Priya Nair, who both represent districts on the city's east side.",
    ]);
    expect(names(r.officials)).toEqual(['Walt Brennan', 'Priya Nair']);
  });

  it('does not read "director of the Dunford Chamber" as a role before a name', () => {
    const r = detect([
      'Dunford City Council met on Monday and the council agreed the plan.',
      'Jane Ridley, director of the Dunford Chamber of Commerce, welcomed it.',
    ]);
    expect(r.officials).toEqual([]);
    expect(names(r.people)).toEqual(['Jane Ridley']);
  });
});

describe('staff and spokespeople of public bodies', () => {
  it('makes them officials', () => {
    const r = detect([
      'Tolland City Council will close Bridge Street for a month.',
      "Lee Chan, a spokeswoman for the city's transport department, said work would start soon.",
      "Sam Ode, who works for the county's highways team, said the road was safe.",
      "The authority's press officer, Ruth Moss, declined to comment. Council spokesman Ivo Brandt said more later.",
    ]);
    expect(names(r.officials)).toEqual(['Lee Chan', 'Sam Ode', 'Ruth Moss', 'Ivo Brandt']);
  });

  it('keeps spokespeople and staff of private bodies among people', () => {
    const r = detect([
      'Tolland City Council approved the depot on Tuesday.',
      'Mia Kerr, a spokeswoman for Greyfield Homes, welcomed the decision.',
      'Acme spokesman Tim Bell said the council had been fair. Jon Pell, who works for a local builders firm, agreed.',
    ]);
    expect(r.officials).toEqual([]);
    expect(names(r.people)).toEqual(['Mia Kerr', 'Tim Bell', 'Jon Pell']);
  });
});

describe('leaders named by their record, and job titles before the name', () => {
  it('reads "who led the authority" and job titles', () => {
    const r = detect([
      'Wendham Borough Council has named its new town hall after its leader.',
      'Dame Ivy Holt, who has led the authority for nine years, said she was honoured.',
      'Planner Jo Reyes said the site was suitable. Superintendent Dale Kim agreed and Treasurer Ann Fox said the money was there.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Ivy Holt'))).toEqual(['Dame Ivy Holt']);
    expect(mentionTexts(byName(r.officials, 'Jo Reyes'))).toEqual(['Planner Jo Reyes']);
    expect(byName(r.officials, 'Dale Kim')).toBeDefined();
    expect(byName(r.officials, 'Ann Fox')).toBeDefined();
  });

  it('reads "who led the authority for nine years", told in the simple past, as a post left', () => {
    const r = detect([
      'Wendham Borough Council has named its new town hall after a former leader.',
      'Dame Ivy Holt, who led the authority for nine years, said she was honoured.',
    ]);
    expect(mentionTexts(byName(r.people, 'Ivy Holt'))).toEqual(['Dame Ivy Holt']);
  });

  it('leaves a trade anyone may hire, written as a title, among people ("Arborist X"), unless a body owns it', () => {
    const r = detect([
      'Felsham District Council received three reports about the tree, an inquest heard.',
      'Arborist Neil Draper, who inspected the tree for the family, said the decay was obvious.',
      'City Ecologist Ruth Amos said the bats had been moved.',
    ]);
    expect(byName(r.people, 'Neil Draper')).toBeDefined();
    expect(r.officials.map((o) => o.name)).toEqual(['Ruth Amos']);
  });

  it('does not make someone who runs a cafe or leads a campaign an official', () => {
    const r = detect([
      'Wendham Borough Council has closed the town car park.',
      'Ms Tamsin Hale, who runs a cafe near the council offices, said trade was down.',
      "Oren Vale, who led the campaign against the council's plan, said it was a victory.",
    ]);
    expect(r.officials).toEqual([]);
  });
});

describe("vote rolls and acts in the body's business", () => {
  it('reads a vote roll and refers surnames in it back to members named elsewhere', () => {
    const r = detect([
      'The Carden school board voted 5-2 on Monday to close Elm Primary.',
      'Voting yes were Ana Ruiz, Bo Chen, Ed Park, Lu Wen and Jo Lim. Those against: Pratt and Ng.',
      'Sal Pratt said the vote was rushed. Amy Ng agreed.',
    ]);
    expect(names(r.officials)).toEqual(['Ana Ruiz', 'Bo Chen', 'Ed Park', 'Lu Wen', 'Jo Lim', 'Sal Pratt', 'Amy Ng']);
    expect(mentionTexts(byName(r.officials, 'Sal Pratt'))).toEqual(['Pratt', 'Sal Pratt']);
  });

  it.each([
    'For: Ana Ruiz and Bo Chen.',
    'The no votes came from Ana Ruiz and Bo Chen.',
    'Ana Ruiz and Bo Chen voted against the plan.',
    'Ana Ruiz moved the motion, seconded by Bo Chen.',
    'Ana Ruiz presented the finance report, and Bo Chen abstained.',
    'Speaking for the council, Ana Ruiz said the scheme was sound. Bo Chen (Lab) agreed.',
  ])('%s', (sentence) => {
    const r = detect(['Pellingham Town Council met on Thursday evening.', sentence]);
    expect(names(r.officials)).toEqual(['Ana Ruiz', 'Bo Chen']);
  });

  it('lets a marker of another role win over acting in the business', () => {
    const r = detect([
      'Pellingham Town Council met on Thursday evening.',
      'Mara Quill, a resident of Dell Road, voted against the plan at the public ballot.',
      'A petition presented by Ned Orr, of the Save Dell Park group, had 900 names.',
    ]);
    expect(r.officials).toEqual([]);
    expect(allNames(r)).toEqual(['Mara Quill', 'Ned Orr']);
  });

  it('keeps residents, campaigners, developers and union reps among people', () => {
    const r = detect([
      'Pellingham Town Council approved the scheme on Monday.',
      'Resident Mary Stone said she was disappointed. Campaigner Joe Bligh vowed to fight on.',
      'Developer Tom Kray said homes were needed. Fred Nash, a Unite rep, said staff were worried.',
    ]);
    expect(r.officials).toEqual([]);
    expect(names(r.people)).toEqual(['Mary Stone', 'Joe Bligh', 'Tom Kray', 'Fred Nash']);
  });
});

describe("lists of a public body's members", () => {
  it('gives every name in "Councillors present included ...", "The committee members are ..." and "Joining the board are ..." the seat', () => {
    const r = detect([
      'Harwick Borough Council approved the budget on Tuesday.',
      'Among the councillors who spoke were Robert Tate and Alice Winn. Councillors present included Carol Moss, Diane Platt and Edward Nunn.',
      'The committee members are Fiona Reid and Gus Hart. Joining the board are Ivy Jones and Jack Kemp.',
    ]);
    const roles = Object.fromEntries(r.officials.map((o) => [o.name, o.role]));
    expect(roles).toEqual({
      'Robert Tate': 'councillor',
      'Alice Winn': 'councillor',
      'Carol Moss': 'councillor',
      'Diane Platt': 'councillor',
      'Edward Nunn': 'councillor',
      'Fiona Reid': 'committee member',
      'Gus Hart': 'committee member',
      'Ivy Jones': 'board member',
      'Jack Kemp': 'board member',
    });
  });

  it("leaves members of the public, residents and a charity's trustees out", () => {
    const r = detect([
      'Harwick Borough Council approved the budget on Tuesday.',
      'Members of the public who spoke were Max Nye and Ned Orr. Residents who spoke included Pam Quill and Rob Sykes.',
      'Trustees of the food bank include Kit Lowe and Lou Marr.',
    ]);
    expect(r.officials).toEqual([]);
  });
});
