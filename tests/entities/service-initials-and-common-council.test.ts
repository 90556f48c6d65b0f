/**
 * Stop 37, from two tuned dev54 pages whose mentions lost their first word (the sentences here are
 * new): a service's initials opening an office's title ("EMS Director X", "IT Manager Y") and a
 * "Common Council" (a city council's name in Wisconsin and New York) before its president.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const mentions = (r: ReturnType<typeof detect>, name: string) => byName(r.officials, name)?.mentions.map((m) => m.text);

describe("a service's initials opening a title", () => {
  it.each([
    ['EMS Director Rosa Quintero', 'Rosa Quintero'],
    ['IT Manager Paul Drury', 'Paul Drury'],
    ['HR Director Anna Byrne', 'Anna Byrne'],
  ])('%s', (title, name) => {
    const r = detect(['The county commission voted 4-1 on the budget.', `${title} said the cuts would hurt.`]);
    expect(mentions(r, name)).toEqual([title]);
  });

  it("leaves a party's initials out of the title", () => {
    const r = detect(['The council met on Monday.', 'SNP Councillor Ross Baird said the cuts would hurt.']);
    expect(mentions(r, 'Ross Baird')).toEqual(['Councillor Ross Baird']);
  });
});

describe('a Common Council', () => {
  it("keeps the body's name in its president's title", () => {
    const r = detect(['The council voted 6-1 on the rates.', 'Common Council President Ed Marek cast the deciding vote.']);
    expect(mentions(r, 'Ed Marek')).toEqual(['Common Council President Ed Marek']);
  });
});
