/**
 * Stop 37, from a blind24 page once it became tuned data (the sentences here are new): a label word
 * ("ward", "route", "level") that ends a sentence labels nothing in the next, so the number opening
 * that sentence is counted; "No." before a number is still a label. From blind26 once tuned: "as
 * young as 12" is an age.
 */
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers';

describe('a label word closing the sentence before a count', () => {
  it.each([
    ['Staff were moved to the children’s ward. Six cubicles became isolation rooms.', 'Six cubicles', 6, 'cubicles'],
    ['The bus leaves from the new route. Twelve drivers are needed.', 'Twelve drivers', 12, 'drivers'],
  ])('%s', (sentence, text, value, unit) => {
    expect(ofKind(sentence, 'count')).toEqual([[text, value, unit]]);
  });

  it('still reads "No." as a label', () => {
    expect(ofKind('The meeting was held at No. 4 cottages.', 'count')).toEqual([]);
  });
});

describe("a group's edge in age", () => {
  it('reads "as young as 12" as an age', () => {
    expect(ofKind('Some of those involved were as young as 12, police said.', 'age')).toEqual([['12', 12, 'year']]);
  });

  it('is no age before a unit of time', () => {
    expect(ofKind('Some of the oaks are as old as 200 years.', 'age')).toEqual([]);
  });
});
