/** Election stories, bodies the article itself calls private, engaged staff, shared surnames and list asides. */
import { describe, expect, it } from 'vitest';
import { articleScope } from '@/core/entities/public-scope';
import { byName, detect, sortedNames } from './helpers';

describe('election stories', () => {
  const RESULT = [
    'Greens and Reform UK each gained a seat in two by-elections for Dunmere District Council on Thursday.',
    'Freya Kellaway (Green) won Abbeyfield with 1,104 votes. Labour’s Daniel Norbury polled 917 and Charlotte Stead (Conservative) had 402. Turnout was 23.8%.',
    'Reform UK’s Terry Molloy won Saltcote with 862 votes. Amy Greenhalgh (Green) had 288.',
    'Both new councillors, Ms Kellaway and Mr Molloy, will attend their first full council meeting on 9 December.',
  ];

  it('reads a party label as a candidate’s, not as an office', () => {
    const r = detect(RESULT);
    expect(sortedNames(r.people)).toEqual(['Amy Greenhalgh', 'Charlotte Stead', 'Daniel Norbury']);
  });

  it('makes officials of the winners the story calls the new councillors', () => {
    expect(sortedNames(detect(RESULT).officials)).toEqual(['Freya Kellaway', 'Terry Molloy']);
  });

  it('reads a candidate’s second post after "and" as an office, and an earlier win told with its year as history', () => {
    const r = detect([
      'A by-election for Tilney ward of Brackenford District Council will be held on 9 July. Five candidates are on the ballot.',
      'It follows the resignation of Martin Gosling, a Conservative who had represented the ward since 2015 and stood down last month.',
      'The Conservatives have picked Adrian Fells, 52, a farmer and Tilney parish councillor. Reform picked Sam Ode, a builder and father of three.',
      'Mr Gosling won the seat in May 2023 with 1,142 votes. Mr Fells and Mr Ode will face three others.',
    ]);
    expect(sortedNames(r.officials)).toEqual(['Adrian Fells']);
    expect(sortedNames(r.people)).toEqual(['Martin Gosling', 'Sam Ode']);
  });

  it('reads a winner who "took the new Hollins Cross ward", and no win in "Mr Pettit’s election agent"', () => {
    const r = detect([
      'A Green newcomer won a seat on Stourfield District Council after a recount. Turnout was 31%.',
      'Harriet Molloy took the new Hollins Cross ward with 1,187 votes, narrowly ahead of Graham Pettit on 1,183 votes.',
      'Mr Pettit’s election agent, Martin Oakes, asked for a recount. Ms Molloy said she had barely slept.',
    ]);
    expect(sortedNames(r.officials)).toEqual(['Harriet Molloy']);
  });

  it('still reads a party label as a councillor’s outside an election story', () => {
    const r = detect([
      'Dunmere District Council’s cabinet met on Tuesday to set the council tax.',
      'Jane Oduya (Lab) said the budget was fair. Labour’s Sam Kerr agreed.',
    ]);
    expect(sortedNames(r.officials)).toEqual(['Jane Oduya', 'Sam Kerr']);
  });
});

describe('private bodies the text describes', () => {
  const HEARING =
    'Harrowgate Borough Council’s housing scrutiny committee questioned the landlord on Wednesday. The committee chair, Cllr Rhiannon Bradbury, led the questions.';

  it('keeps the staff of a body the article calls a housing association out of office', () => {
    const r = detect([
      HEARING,
      'Hearthstone is a housing association, not part of the council.',
      'Pay was a matter for Hearthstone’s chair, Oliver Stanhope, who sent apologies.',
    ]);
    expect(byName(r.people, 'Oliver Stanhope')).toBeDefined();
    expect(sortedNames(r.officials)).toEqual(['Rhiannon Bradbury']);
  });

  it('learns private names from the article’s own description, not from a council-owned company', () => {
    expect([...articleScope('Hearthstone is a housing association. Greystone Homes, a private developer, objected.').privateNames].sort()).toEqual([
      'greystone',
      'hearthstone',
      'homes',
    ]);
    expect(articleScope('Kestrel Living is a council-owned company.').privateNames.size).toBe(0);
  });

  it('reads a name placed by its base as private ("Chicago-based Prairie Line Energy"), but not a public body so placed', () => {
    expect([...articleScope('The farm was proposed by Chicago-based Prairie Line Energy on Tuesday.').privateNames].sort()).toEqual([
      'energy',
      'line',
      'prairie',
    ]);
    expect(articleScope('Advice came from the Leeds-based Yorkshire Water Authority.').privateNames.size).toBe(0);
    // A description may name the firm's home town ("a Denver developer").
    expect([...articleScope('Prairie Gale Renewables, a Denver developer, signed leases.').privateNames].sort()).toEqual(['gale', 'prairie', 'renewables']);
    const r = detect([
      'Bellmont Township supervisors approved the solar farm 3-2 on Tuesday, proposed by Chicago-based Prairie Line Energy.',
      'Ryan Castellano, development manager for Prairie Line, said the company would hold a public information session.',
    ]);
    expect(byName(r.people, 'Ryan Castellano')).toBeDefined();
  });

  it('gives a post to whoever hired the person, and reads professional bodies and coalitions as private', () => {
    const r = detect([
      HEARING,
      'Philip Vosper, a surveyor hired by the Linthorpe Tenants’ Association, said he had inspected 60 flats.',
      'Gemma Thackeray, a regional officer for the Royal College of Midwives, said staff were exhausted.',
      'Tanya Brightwater, executive director of the Harrowgate Justice Coalition, said the estate was neglected.',
    ]);
    expect(sortedNames(r.people)).toEqual(['Gemma Thackeray', 'Philip Vosper', 'Tanya Brightwater']);
  });

  it('keeps out of office the staff of a body named with "for" that the article calls a think tank or an advocacy organisation', () => {
    const r = detect([
      HEARING,
      'Marta Quill, senior policy director at the Committee for a Balanced Housing Budget, a research and advocacy organization, said rents would rise.',
      'Idris Penhale, research director at the Centre for Civic Finance, a think tank, disagreed.',
      'Tomasz Ure, director of finance at the Centre for Civic Finance, agreed.',
      'The council’s finance director, Dana Rourke, said the figures were prudent.',
    ]);
    expect(sortedNames(r.people)).toEqual(['Idris Penhale', 'Marta Quill', 'Tomasz Ure']);
    expect(sortedNames(r.officials)).toEqual(['Dana Rourke', 'Rhiannon Bradbury']);
  });

  it('reads the capitals after "Coalition for" or "Friends of" as the group’s name, not a person', () => {
    const r = detect([
      HEARING,
      'Lowri Vance, policy director at the Coalition for Fair Rents, said the Friends of Hartley Wood backed the plan.',
      'The Coalition for Fair Rents said it would appeal.',
    ]);
    expect(sortedNames([...r.people, ...r.officials])).toEqual(['Lowri Vance', 'Rhiannon Bradbury']);
  });
});

describe('titles, shared surnames and asides', () => {
  it('reads compound and village titles whole ("Clerk-Treasurer", "Undersheriff", "Village President")', () => {
    const r = detect([
      'The Pine Hollow village board met on Monday.',
      'Village President Marge Lundquist opened the meeting. Clerk-Treasurer Jill Pettibone presented the budget. Undersheriff Adam Mercer said 19 posts were vacant.',
    ]);
    expect(r.officials.map((o) => o.mentions[0]!.text)).toEqual([
      'Village President Marge Lundquist',
      'Clerk-Treasurer Jill Pettibone',
      'Undersheriff Adam Mercer',
    ]);
  });

  it('gives an office-titled surname to the office holder among people who share it', () => {
    const r = detect([
      'Upper Wendlebury Parish Council met on Tuesday. The vice-chairman, Cllr Gareth Holloway, spoke first.',
      'Mandy Holloway, who runs the village shop, said the roof leaked. She is married to Cllr Holloway, who left the room.',
    ]);
    expect(byName(r.officials, 'Gareth Holloway')?.mentions.map((m) => m.text)).toEqual(['Cllr Gareth Holloway', 'Cllr Holloway']);
    expect(byName(r.people, 'Mandy Holloway')?.mentions.map((m) => m.text)).toEqual(['Mandy Holloway']);
  });

  it('steps over a bracketed place after each name of a list, and after a speaker’s name', () => {
    const r = detect([
      'The combined authority voted on Tuesday to franchise buses.',
      'Four council leaders backed the plan: Cllr Nadia Ashworth (Hexley), Peter Okafor (Morwick), Alan Churchill (Braddon) and Sunita Patel (Cragside).',
      'Outside, Ruth Bexley (Morwick) said the buses were late.',
    ]);
    expect(sortedNames(r.officials)).toEqual(['Alan Churchill', 'Nadia Ashworth', 'Peter Okafor', 'Sunita Patel']);
    expect(byName(r.people, 'Ruth Bexley')).toBeDefined();
  });

  it('reads the winner of a recounted election as taking the office, and a party member of the board as its member', () => {
    const r = detect([
      'The Tamarack County Board of Elections certified the recount, confirming Margaret Ostrowski, a Democrat, as the winner of the special election by 37 votes.',
      'Her opponent, Daniel Reyes, received 14,845. Carla Brandt, the board’s other Republican, said the recount cost $48,000. Ostrowski, 63, a retired nurse, thanked the counters.',
    ]);
    expect(byName(r.officials, 'Margaret Ostrowski')).toBeDefined();
    expect(byName(r.officials, 'Carla Brandt')?.role).toBe('board member');
    expect(byName(r.people, 'Daniel Reyes')).toBeDefined();
  });

  it('reads a by-election winner who will take her seat as taking the office', () => {
    const r = detect([
      'Hannah Lowther, a 41-year-old charity fundraiser who lives in the village, polled 1,247 votes in the by-election. Carl Dobbs, for Reform UK, was second with 1,030 and turnout was 31%.',
      'Ms Lowther will sign her declaration of acceptance of office on Monday and take her seat at the full council meeting.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Hannah Lowther']);
  });
});
