/**
 * Stop 37, from a blind24 page once it became tuned data (the sentences here are new): a label word
 * ("ward", "route", "level") that ends a sentence labels nothing in the next, so the number opening
 * that sentence is counted; "No." before a number is still a label.
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
