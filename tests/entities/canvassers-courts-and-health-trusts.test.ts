/**
 * Stop 38, from the dev58 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a vote roll whose members are named by a plural of their own after "were", a winner
 * told after two asides, "His Honour Judge X", "Prosecuting Attorney X", a former clerk of a
 * service, a guild's lawyer, Northern Ireland's Health and Social Care trusts, "business" used as a
 * modifier beside a bare "Vice Chair", and a firm ending in "Co.".
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const people = (r: ReturnType<typeof detect>) => r.people.map((p) => p.name);
const mentions = (r: ReturnType<typeof detect>, name: string) => [...r.officials, ...r.people].find((p) => p.name === name)?.mentions.map((m) => m.text);
const canvass = 'The Belmont County Board of Canvassers voted 4-0 on Tuesday to certify the results. Rosa Ibarra chairs the board.';
const tail = 'The recount begins on Dec. 1.';

describe('a roll naming its members by their own plural', () => {
  it('makes every name after "were canvassers" a member', () => {
    const r = detect([
      canvass,
      'Voting to certify along with Ibarra were canvassers Lena Stroud, Omar Fitch and Dale Pruett. The law sets the board at four.',
      tail,
    ]);
    expect(officials(r)).toEqual(['Rosa Ibarra', 'Lena Stroud', 'Omar Fitch', 'Dale Pruett']);
  });
});

describe('a winner told after two asides', () => {
  it('takes the seat', () => {
    const race = 'In the election for two seats on the Belmont City Council, turnout was 38%. Council member Ann Voss won a third term.';
    const r = detect([race, 'Raj Mehta, 41, a pharmacist, took the second seat, edging out Tom Ash by 90 votes.', tail]);
    expect(officials(r)).toEqual(['Ann Voss', 'Raj Mehta']);
  });
});

describe('courts and prosecutors', () => {
  it('keeps "His Honour" in a circuit judge\'s mention', () => {
    const r = detect([
      'The council contractor was fined £90,000 at Kelston Crown Court.',
      'His Honour Judge Owen Tate said the risk was known. "It was avoidable," Judge Tate said.',
    ]);
    expect(mentions(r, 'Owen Tate')).toEqual(['His Honour Judge Owen Tate', 'Judge Tate']);
    expect(officials(r)).toEqual(['Owen Tate']);
  });

  it('makes a county\'s "Prosecuting Attorney" an official', () => {
    const r = detect([
      'The Belmont County civil service commission upheld the firing on Monday.',
      'Prosecuting Attorney Ada Ruiz said her office reviewed 40 cases.',
      tail,
    ]);
    expect(officials(r)).toEqual(['Ada Ruiz']);
  });
});

describe('staff who left and lawyers for others', () => {
  const audit = 'The Belmont city council received the state audit on Monday. The city lost $80,000, the council was told.';

  it('reads "former utility billing clerk X" as a former post', () => {
    const r = detect([audit, 'The report traces the money to former utility billing clerk Joy Pratt, who resigned in 2024. Pratt has not been charged.', tail]);
    expect(officials(r)).toEqual([]);
    expect(people(r)).toEqual(['Joy Pratt']);
  });

  it("makes a deputies' guild's lawyer no official", () => {
    const r = detect([audit, "The deputy's attorney, Mara Quist, who represents the Belmont County Deputy Sheriff's Guild, said he would appeal.", tail]);
    expect(officials(r)).toEqual([]);
  });
});

describe("Northern Ireland's health trusts", () => {
  it('are public bodies, so "the trust\'s chief executive" is an official', () => {
    const r = detect([
      'More than 1,800 patients waited over 12 hours at the emergency department, figures show.',
      'The Loughmore Health and Social Care Trust, which runs the hospital, said demand was at a record.',
      "The trust's chief executive, Dr Aine Foley, apologised to patients.",
    ]);
    expect(officials(r)).toEqual(['Aine Foley']);
  });
});

describe('"business" as a modifier', () => {
  it('names no private body beside a bare "Vice Chair"', () => {
    const r = detect([
      'The Belmont Airport Authority board voted 6-1 to approve the route. The authority would cover any shortfall.',
      'Vice Chair Nadia Kerr said the airport had lost business travelers for years.',
    ]);
    expect(officials(r)).toEqual(['Nadia Kerr']);
  });
});

describe('a firm ending in "Co."', () => {
  it('is no person', () => {
    const r = detect([canvass, 'The printer, Eastline Ballot Co. of Marion, was paid $84,600.', tail]);
    expect(people(r)).not.toContain('Eastline Ballot Co');
  });
});
