/**
 * Stop 34, shapes of UK and US council reporting that were misread: "State's Attorney X" (the
 * possessive split the title from the name), "Council co-leader X" (a hyphenated head), a Welsh
 * "ab" between given name and surname (the person vanished), a zoning board's chairman (the board
 * was no public body, so a bare "Chairman" was demoted), and a township's "fiscal officer".
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const mentions = (list: ReturnType<typeof detect>['officials'], name: string) => byName(list, name)?.mentions.map((m) => m.text);

describe('titles and posts', () => {
  it('read "State\'s Attorney" and "State Attorney" as a prosecutor\'s office', () => {
    const r = detect(['State’s Attorney Ivan Bates said charges would follow.', 'State Attorney Monica Reyes declined to comment.']);
    expect(mentions(r.officials, 'Ivan Bates')).toEqual(['State’s Attorney Ivan Bates']);
    expect(byName(r.officials, 'Monica Reyes')?.role).toBe('state attorney');
  });

  it('read a Texas county\'s "Tax Assessor-Collector" as an office', () => {
    const r = detect(['The rate means $57 a year more, according to figures from Tax Assessor-Collector Tomás Reyna.']);
    expect(mentions(r.officials, 'Tomás Reyna')).toEqual(['Tax Assessor-Collector Tomás Reyna']);
  });

  it('read a hyphenated head as its last part', () => {
    const r = detect(['Provost Jean Morrison opened the session. Council co-leader Beth Whiteside said the budget was balanced.']);
    expect(byName(r.officials, 'Beth Whiteside')?.role).toBe('Council co-leader');
  });

  it("keep a fiscal officer's whole post", () => {
    const r = detect(['Township trustees Jim Hale and Donna Pierce voted to renew the levy; fiscal officer Brad Kerr said it would raise $420,000.']);
    expect(byName(r.officials, 'Brad Kerr')?.role).toBe('fiscal officer');
  });
});

describe('names', () => {
  it('keep a Welsh "ab" inside the name', () => {
    const r = detect(['Rhys ab Owen MS said the council should think again. Mr ab Owen added that the vote was close.']);
    expect(mentions(r.officials, 'Rhys ab Owen')).toEqual(['Rhys ab Owen', 'Mr ab Owen']);
  });

  it('keep an Arabic "bint" inside the name', () => {
    const r = detect(['Cllr Mohammed Al-Hassan and Cllr Fatima bint Khalid both spoke.']);
    expect(mentions(r.officials, 'Fatima bint Khalid')).toEqual(['Cllr Fatima bint Khalid']);
  });
});

describe('planning and zoning boards', () => {
  it('are public bodies, so their chair is an official', () => {
    const r = detect(['The zoning board of appeals granted the variance 4-1. Chairman Frank Russo said the lot was unusual.']);
    expect(byName(r.officials, 'Frank Russo')?.role).toBe('Chairman');
    const commission = detect(['The planning commission voted 5-2 to recommend the rezoning. Chairwoman Ann Webb said traffic was a concern.']);
    expect(byName(commission.officials, 'Ann Webb')).toBeDefined();
  });

  it("unlike a club's board", () => {
    const r = detect(['The golf club’s board met on Monday. Chairman Ed Moss said fees would rise.']);
    expect(byName(r.officials, 'Ed Moss')).toBeUndefined();
  });
});
