/**
 * Stop 48, from the dev95 and dev96 pages (written for tuning by helpers who saw no code; the
 * sentences here are new): a single capitalised word after a plural role or in a roll is no one's
 * surname when the article uses it in a body's name ("told members Brightwater had offered", after
 * "Brightwater Active Ltd") or when a plural role follows it ("were Glasfryn members Cllr X"); and a
 * tribunal's name ("the Councillor Conduct Tribunal") is a body's, not a titled person's.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const names = (r: ReturnType<typeof detect>) => [...r.officials, ...r.people].map((p) => p.name);

describe('bodies named like surnames', () => {
  it("is not a firm's name read as a surname after a plural role", () => {
    const r = detect([
      'The scrutiny committee sent the contract with Brightwater Active Ltd back to the cabinet.',
      'Head of Leisure Dawn Merriman told members Brightwater had offered free transport.',
    ]);
    expect(names(r)).toEqual(['Dawn Merriman']);
  });

  it('is not a place before a plural role in a vote roll', () => {
    const r = detect([
      'The fire authority set its levy on Friday.',
      'Voting against the budget were Glasfryn members Cllr Nerys Pugh and Cllr Emlyn Hartley-Jones.',
    ]);
    expect(names(r)).toEqual(['Nerys Pugh', 'Emlyn Hartley-Jones']);
  });

  it('reads a tribunal as a body', () => {
    const r = detect(['The council referred the complaint.', 'Misconduct is decided by the Councillor Conduct Tribunal.']);
    expect(names(r)).toEqual([]);
  });
});
