import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers';

describe('decades', () => {
  it.each([
    ['The estate was built in the 1970s.', '1970s', 1970],
    ['It has been closed since the early 2000s.', '2000s', 2000],
    ['The hall dates from the mid-1960s.', '1960s', 1960],
    ["A relic of the '80s.", "'80s", 1980],
    ['Styles of the ’90s are back.', '’90s', 1990],
    // Word processors often turn the apostrophe before a year into an opening quote.
    ['A boat kept there since the ‘70s.', '‘70s', 1970],
    ["The pool opened in the 1930's.", "1930's", 1930],
    ['The 1890s terraces are listed.', '1890s', 1890],
  ])('%s', (sentence, text, value) => {
    expect(ofKind(sentence, 'decade')).toEqual([[text, value, null]]);
  });

  it.each(['The 1975 act still applies.', 'She is in her 70s.', 'There were 1970 signatures.', 'Part x1970s is a code.'])('no decade in: %s', (sentence) => {
    expect(ofKind(sentence, 'decade')).toEqual([]);
  });
});
