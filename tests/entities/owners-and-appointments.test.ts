/**
 * Whose post it is and whether it is held now: appointments to a body, a public body and a job opening the
 * sentence, a title that names its owner, private boards and clubs, and a councillor who has died.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('owners, appointments and past holders', () => {
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

  it('does not make a councillor who has died an official ("the death of councillor X", "the late X")', () => {
    const r = detect([
      'The by-election was called after the death of long-serving Labour councillor Dennis McCall. Mr McCall had served since 1998.',
      'Councillor Ann Lee said a late amendment would fail.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Ann Lee']);
    expect(byName(r.people, 'Dennis McCall')?.role).toBe('late long-serving Labour councillor');
  });

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

  it('reads a three-word job after a public body’s possessive, and a manager for a firm the article calls a company', () => {
    const r = detect([
      'Crowmere’s hospital beds were discussed at a public meeting held by the health board on Monday.',
      'The board’s chief operating officer, Richard Lamb, said the change would save money.',
      'Greg Olsen, regional manager for Summit Correctional Health, the company that holds the jail’s contract, said nurses were hired.',
    ]);
    expect(r.officials.map((o) => [o.name, o.role])).toEqual([['Richard Lamb', 'chief operating officer']]);
    expect(byName(r.people, 'Greg Olsen')).toBeDefined();
  });

  it('appoints every name listed after an appointment ("the reappointment of X and Y to the Library Board")', () => {
    const r = detect(['The city council agenda includes the reappointment of Marguerite Olander and Sam Pettit to the Library Board for three-year terms.']);
    for (const n of ['Marguerite Olander', 'Sam Pettit']) expect(byName(r.officials, n)?.role).toBe('member of the library board');
  });

  it('reads "who became" like "who is", and a post that closes with the place it covers', () => {
    const r = detect([
      'Ofsted rated the council good.',
      "Fiona McAllister, who became the council's director of children's services in 2023, said the work was not finished.",
      "The government-appointed commissioner for children's services in Norbridge, Dr Martin Feeney, will step down.",
    ]);
    expect(byName(r.officials, 'Fiona McAllister')?.role).toBe("director of children's services");
    expect(byName(r.officials, 'Martin Feeney')).toBeDefined();
  });

  it('keeps a person named like a firm the article names when "who" is said of them', () => {
    const r = detect([
      'Tallow County was sued over the flood.',
      'The complaint cites a report by Kessler Engineering. Wendell Kessler, the hydrologist who wrote the report, confirmed it.',
      'Samuel Brandt, an architect with Keystone Civic Design, the firm the county hired, said it would cost more.',
      "The village's consultant, Ridgeline Economic Advisors, projects the site's value will rise.",
    ]);
    expect(byName(r.people, 'Wendell Kessler')).toBeDefined();
    expect(byName(r.people, 'Samuel Brandt')).toBeDefined();
    expect(r.officials).toEqual([]);
  });

  it('appoints past an age set off after the name, by a public body that appoints in the same sentence, not a firm', () => {
    const r = detect([
      'At Monday’s meeting, the board of trustees voted to appoint Renee Castellano, 46, as fiscal officer. Castellano, a Quarry Run resident, starts in June.',
      'Separately, the company board hired Ann Lee as chief financial officer.',
    ]);
    expect(byName(r.officials, 'Renee Castellano')?.role).toBe('fiscal officer');
    expect(byName(r.people, 'Ann Lee')).toBeDefined();
  });

  it('reads firms by the last word of their names, but not a public unit named so', () => {
    const r = detect([
      'The port commission voted 5-0 on the wharf contract.',
      'Brenna Shaw, a spokesperson for Halvorsen Marine Builders, said the company kept records.',
      "Ian Michaels, a spokesman for the city's Department of Design and Construction, said work would resume.",
    ]);
    expect(byName(r.people, 'Brenna Shaw')).toBeDefined();
    expect(byName(r.officials, 'Ian Michaels')).toBeDefined();
  });

  it('reads a second post after a private one in the same clause, a medical director, and staff "for" a council team', () => {
    const r = detect([
      'The fire authority met on Tuesday to discuss the station.',
      'Dean Fairclough, who runs a garage on the High Street and has been an on-call firefighter at Brindle Cross since 2017, said he was in limbo.',
      'Dr Sunil Varma, medical director at Wyvern Valley NHS Foundation Trust, said recruiting was hard.',
      "Graham Tolley, for the council's highways team, said the limit would be extended.",
    ]);
    for (const n of ['Dean Fairclough', 'Sunil Varma', 'Graham Tolley']) expect(byName(r.officials, n)).toBeDefined();
  });
});
