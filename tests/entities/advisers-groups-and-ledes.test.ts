/**
 * Rules from the dev19 pages: a profession practised in a field ("a housing solicitor"), someone
 * working with a private body ("an attorney with the ACLU's state chapter"), a body the article
 * calls a volunteer group or an alliance, an appointee, and a lede's role that stays with the
 * body the article keeps naming.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('advisers, groups, appointees and lede roles', () => {
  it('keeps a solicitor practising housing law, and an attorney with a private body, among people', () => {
    const r = detect([
      'Hallbrook Council was criticised by the ombudsman. The city council voted 5-2 for the cameras.',
      'Priya Kaur, a housing solicitor who advised the family, said tenants should complain in writing.',
      'Alicia Jordan, an attorney with the state chapter of the American Civil Liberties Union, told the council the readers keep data.',
      "Ann Fox, the county's attorney, said the contract was lawful.",
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Ann Fox']);
    expect(byName(r.people, 'Priya Kaur')).toBeDefined();
    expect(byName(r.people, 'Alicia Jordan')).toBeDefined();
  });

  it("takes a practice held for a public body named as its owner as that body's own counsel", () => {
    const r = detect([
      'The Upper Marlow Township supervisors voted 3-0 on Monday to approve a new police contract.',
      "The township's labor attorney, Margaret Folwell, said arbitration would have cost more. The developer's planning attorney, Ruth Oduya, objected.",
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Margaret Folwell']);
    expect(byName(r.people, 'Ruth Oduya')).toBeDefined();
  });

  it('keeps the officers of a body the article calls a volunteer group, or an alliance, among people', () => {
    const r = detect([
      'County supervisors voted 4-1 to approve the fuel-break plan.',
      'Ellen Marsh, policy director for the Foothill Forest Alliance, said the group backed the breaks.',
      'Donna Reyes, president of the Manzanita Fire Safe Council, a volunteer group, said members had cleared six miles.',
    ]);
    expect(r.officials).toEqual([]);
    expect(r.people.map((p) => p.name)).toEqual(['Ellen Marsh', 'Donna Reyes']);
  });

  it('reads an appointee to a public body as an official', () => {
    const r = detect(['The transit authority board voted 5-2 to start the pilot.', 'Rita Walsh, a county appointee, also voted no.']);
    expect(r.officials.map((o) => [o.name, o.role])).toEqual([['Rita Walsh', 'county appointee']]);
  });

  it('does not give a lede’s role to the next person named when the article names the role again first', () => {
    const r = detect([
      'Hallbrook Council has been found guilty of maladministration by the Housing Ombudsman after a family lived with mould for 11 months.',
      'The ombudsman ordered the council to pay Amina Yusuf £4,750 in compensation. Ms Yusuf said she was relieved.',
    ]);
    expect(r.officials).toEqual([]);
    expect(byName(r.people, 'Amina Yusuf')?.role).toBeNull();
  });

  it('does not give a lede’s role to the next person named when someone else is titled with it', () => {
    const r = detect([
      'A coroner has warned Brinsford City Council over its temporary flats after a death the coroner said could have been prevented.',
      'Lewis Carrow, 34, was found dead at a flat in Kelham Road.',
      'Concluding the inquest, Area Coroner Rachel Dunstable said she would write to the council.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Rachel Dunstable']);
    expect(byName(r.people, 'Lewis Carrow')).toBeDefined();
  });

  it('does not give a lede’s role to the next person named when the lede also brings in someone private', () => {
    const r = detect([
      'Dunmere Council must pay £3,200 to a Harwood estate tenant after the Local Government Ombudsman upheld her complaint.',
      'Nadia Rahman, 41, first reported the leak in 2024. Ms Rahman said she was relieved.',
      'Cllr Owen Pryce, cabinet member for housing, apologised.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Owen Pryce']);
    expect(byName(r.people, 'Nadia Rahman')).toBeDefined();
  });

  it('reads a post "from" or "with" a firm as the firm’s, and "from the council" as the council’s', () => {
    const r = detect([
      'Brinsford City Council placed him there, and the police investigated.',
      'Craig Tunnicliffe, an engineer from Corran Gas Services, which examined the boiler for the police, said the flue had come apart.',
      'Ann Lee, an officer from the council, agreed.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Ann Lee']);
    expect(byName(r.people, 'Craig Tunnicliffe')).toBeDefined();
  });
});

describe('rules from the dev20 pages', () => {
  it('reads a lower-case service before a job, and "the only board member", as public posts', () => {
    const r = detect([
      'The board voted 4-1 against a raise, and the city council voted 5-2 for the ban.',
      'Monica Harlan, the only board member to vote for a raise, said the board was unfair.',
      "Michelle Tran, the city's homeless services manager, said 412 people were unsheltered. Ann Lee, the city's public works director, agreed.",
    ]);
    expect(r.officials.map((o) => [o.name, o.role])).toEqual([
      ['Monica Harlan', 'only board member'],
      ['Michelle Tran', 'homeless services manager'],
      ['Ann Lee', 'public works director'],
    ]);
  });

  it('keeps a police officers’ union’s president among people', () => {
    const r = detect([
      'Commissioners heard the overtime report.',
      'Travis Boone, president of the Fraternal Order of Police Lodge 62, said officers were tired.',
    ]);
    expect(r.officials).toEqual([]);
    expect(byName(r.people, 'Travis Boone')).toBeDefined();
  });

  it('gives a lede’s role to the one named after the opening paragraph, not to others the lede names', () => {
    const r = detect([
      'BRACKETT FALLS — The city’s former finance director has sued Brackett Falls, Mayor Dale Huffman and City Manager Kevin Strand over her firing.',
      'Lorena Vasquez, 52, who led the city’s finance department for eight years, filed the lawsuit on Monday.',
      'Vasquez said she had been punished for raising concerns. Huffman declined to comment.',
    ]);
    expect(byName(r.people, 'Lorena Vasquez')).toBeDefined();
    expect(byName(r.officials, 'Dale Huffman')?.role).toBe('mayor');
  });
});
