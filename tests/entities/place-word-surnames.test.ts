/**
 * Stop 34: "Cllr Hall abstained" named nobody, nor did "Councillors Hall, Wood and ..." for Hall and
 * Wood: a surname that is also the last word of places' names (Hall, Wood, Marsh) could only refer
 * back to a full name given earlier. A person's title, an office's list or a vote roll is enough;
 * a title that also opens places' names ("Lord Street", "Lady Lane") is not.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('a lone surname that is also a place word', () => {
  it("is a person after a person's title", () => {
    expect(byName(detect(['Cllr Hall abstained.']).officials, 'Hall')?.mentions.map((m) => m.text)).toEqual(['Cllr Hall']);
    expect(byName(detect(['The plan was fine, Mrs Wood said.']).people, 'Wood')).toBeDefined();
  });

  it("is a member in an office's list", () => {
    const r = detect(['Councillors voted 32 to 17, with Cllrs Moss, Hall and Grant abstaining.']);
    expect(r.officials.map((o) => o.name)).toEqual(['Moss', 'Hall', 'Grant']);
  });

  it("is a place after a title that also opens places' names", () => {
    const r = detect(['The fair moved to Lord Street and Lady Lane.']);
    expect([...r.officials, ...r.people]).toEqual([]);
  });
});
