/**
 * Abbreviated ranks with a full stop, a council's tier before "Cllr", modifiers inside written-out
 * titles, and appointments to a public body in a meeting's list of business.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('ranks, tiers and written-out titles', () => {
  it('reads US police and fire ranks abbreviated with a full stop as titles ("Sgt.", "Det. Sgt.", "Lt.")', () => {
    const r = detect([
      'The Elm Ridge Township trustees met on Monday.',
      'Trustees heard from Sgt. Carla Benitez of the county sheriff’s office, who said deputies had written 38 tickets.',
      'Det. Sgt. Omar Haddad said two cases were open. Lt. Joe Kim of the fire department said crews were ready.',
    ]);
    expect(r.officials.map((o) => [o.mentions[0]!.text, o.role])).toEqual([
      ['Sgt. Carla Benitez', 'sergeant'],
      ['Det. Sgt. Omar Haddad', 'detective sergeant'],
      ['Lt. Joe Kim', 'lieutenant'],
    ]);
  });

  it('reads "PCSO" as a police title', () => {
    const r = detect(['Speedwatch volunteers checked 300 cars, PCSO Liam Hartley told Ashby Parish Council.']);
    expect(byName(r.officials, 'Liam Hartley')?.mentions.map((m) => m.text)).toEqual(['PCSO Liam Hartley']);
  });

  it('keeps the tier of a councillor’s council in the mention ("District Cllr"), but not a place or party', () => {
    const r = detect([
      'Nether Ashby Parish Council met on Tuesday. District Cllr Fiona Gale said the bins would be emptied.',
      'County Councillor Raj Patel agreed. Labour Cllr Amy Stone did not.',
    ]);
    expect(r.officials.map((o) => o.mentions[0]!.text)).toEqual(['District Cllr Fiona Gale', 'County Councillor Raj Patel', 'Cllr Amy Stone']);
  });

  it('keeps modifiers and service words inside a written-out title ("Assistant Superintendent", "Road Superintendent")', () => {
    const r = detect([
      'The Juniper Mesa school board meets on Tuesday. Assistant Superintendent Farah Haddad will present the plan.',
      'Road Superintendent Bud Kaminski said the work would start in May, Fiscal Officer Gretchen Albrecht said the levy raised $1.1 million, and County Counselor Anita Desai said the resolution was advisory.',
    ]);
    expect(r.officials.map((o) => o.mentions[0]!.text)).toEqual([
      'Assistant Superintendent Farah Haddad',
      'Road Superintendent Bud Kaminski',
      'Fiscal Officer Gretchen Albrecht',
      'County Counselor Anita Desai',
    ]);
  });

  it('makes a person appointed to a public body one of its members, also in a list item opened by the verb', () => {
    const r = detect([
      'The Cold Creek Township trustees met on Monday. Trustees also: Approved a new salt spreader.',
      'Reappointed Pat Gilchrist to the township zoning commission for a five-year term. The council appointed Ann Lee to the planning committee.',
      'The firm appointed Tom Vance to its board, Vance said.',
    ]);
    expect(r.officials.map((o) => [o.mentions[0]!.text, o.role])).toEqual([
      ['Pat Gilchrist', 'member of the township zoning commission'],
      ['Ann Lee', 'member of the planning committee'],
    ]);
    expect(byName(r.people, 'Tom Vance')).toBeDefined();
  });
});

describe('staff named by a body and a job, board members, and the late', () => {
  it('reads a public body and a lower-case job opening the sentence as that body’s staff', () => {
    const r = detect([
      'Ridgeway County reported 17 cases of measles on Wednesday.',
      'County epidemiologist Brian Kerr said most cases were linked. Jail administrator Wanjiru Kimani said staff were short.',
      'City resident Ann Lee said the clinic was busy. Town developer Joe Bloggs said he would build more.',
      'Council tax payer Ed Marsh said bills were high. Police appeal after Ashby Vale burglary.',
    ]);
    expect(r.officials.map((o) => [o.name, o.role])).toEqual([
      ['Brian Kerr', 'county epidemiologist'],
      ['Wanjiru Kimani', 'jail administrator'],
    ]);
    expect(r.officials.map((o) => o.mentions[0]!.text)).toEqual(['Brian Kerr', 'Wanjiru Kimani']);
  });

  it('keeps the kind of board in a "Board member" title and reads "Detention Deputy" as a title', () => {
    const r = detect([
      'North Ashby voters approved a new fire station at a special town meeting.',
      'Select Board member Linh Pham said the station was overdue. Detention Deputy Samuel Adjei said the jail was short of staff.',
    ]);
    expect(r.officials.map((o) => o.mentions[0]!.text)).toEqual(['Select Board member Linh Pham', 'Detention Deputy Samuel Adjei']);
  });

  it('does not make a councillor who has died an official ("the death of councillor X", "the late X")', () => {
    const r = detect([
      'The by-election was called after the death of long-serving Labour councillor Dennis McCall. Mr McCall had served since 1998.',
      'Councillor Ann Lee said a late amendment would fail.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Ann Lee']);
    expect(byName(r.people, 'Dennis McCall')?.role).toBe('late long-serving Labour councillor');
  });
});

describe('fire marshals and the boards of centres', () => {
  it('reads "Fire Marshal" as a written-out title, and a centre’s board president as a private person', () => {
    const r = detect([
      'Sweetwater Junction commissioners approved the food-truck ordinance on Tuesday.',
      'Fire Marshal Joel Amsel said every truck would need an inspection. "I’d rather be careful," Amsel said.',
      '"We have been saving for years," said Omar Siddiqui, the center’s board president.',
    ]);
    expect(r.officials.map((o) => o.mentions.map((m) => m.text))).toEqual([['Fire Marshal Joel Amsel', 'Amsel']]);
    expect(byName(r.people, 'Omar Siddiqui')?.role).toBe('board president');
  });
});

describe('owners, hires and modifiers read from dev15', () => {
  it('keeps a township trustee public when the township’s place opens the title', () => {
    const r = detect(['Millersport Township Trustee Deb Lyle, who attended, said townships would lose money. "It is tight," Lyle said.']);
    expect(r.officials.map((o) => o.mentions.map((m) => m.text))).toEqual([['Township Trustee Deb Lyle', 'Lyle']]);
  });

  it('reads a hire in the infinitive ("to hire Dr. X as the district’s superintendent")', () => {
    const r = detect(['The board voted 5-0 on Wednesday to hire Dr. Yvonne Castillo-Reed as the district’s next superintendent.']);
    expect(byName(r.officials, 'Yvonne Castillo-Reed')?.role).toBe('next superintendent');
  });

  it('keeps a parents’ council and a club’s head coach out of the officials', () => {
    const r = detect([
      'Glenmorven Council’s education committee met on Tuesday to discuss teacher numbers.',
      'Ewa Zielinska, who chairs the parent council at Strathmore Primary, presented a letter. Marta Kowal, head coach at Ballyroe swimming club, said members would leave.',
      'Ann Lee, head of planning, said the council would listen. Tom Ode, the city’s chief administrative officer, agreed.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Ann Lee', 'Tom Ode']);
    expect(r.people.map((p) => p.name)).toEqual(['Ewa Zielinska', 'Marta Kowal']);
  });

  it('reads a common word capitalised at the sentence start as part of the job, not its owner', () => {
    const r = detect([
      'Customers of the Palo Seco Municipal Water District face new rules after the district’s board voted on Thursday.',
      'Conservation manager Priya Nair said the district would double its rebate. Acme spokesman Tim Bell said the firm agreed.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Priya Nair']);
  });
});
