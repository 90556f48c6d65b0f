/**
 * Stop 49, from the dev99 pages (written for tuning by helpers who saw no code; the sentences here are
 * new): a council that "resolved 7-2", and an age told of a parent by the family's own word ("Mum's 93").
 */
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers';

describe('votes and ages', () => {
  it('reads "resolved 7-2" as a vote', () => {
    expect(ofKind('At its April meeting the council resolved 7-2 to seek a deferral.', 'vote')).toEqual([['7-2', '7-2', 'votes']]);
  });

  it.each([
    ['"Mum\'s 93, she has dementia," she said.', '93', 93],
    ['Dad is 88 and still drives to the surgery.', '88', 88],
  ])('reads a parent’s age: %s', (sentence, text, value) => {
    expect(ofKind(sentence, 'age')).toEqual([[text, value, 'year']]);
  });

  it('leaves a possessive before a number alone', () => {
    expect(ofKind("Mum's 12 chickens were gone.", 'age')).toEqual([]);
  });
});

describe('ties and ballots', () => {
  it('reads "tied 6-6" as a vote', () => {
    expect(ofKind('The budget was tied 6-6 after three hours of debate.', 'vote')).toEqual([['6-6', '6-6', 'votes']]);
  });

  it('reads a ballot’s count in thousands far from its vote word, and leaves a range alone', () => {
    expect(
      ofKind(
        'Voters also approved Proposition 2, which lets the district spend reserves to replace the roof at Lindell Park Elementary School, 2,655-771.',
        'vote',
      ),
    ).toEqual([['2,655-771', '2655-771', 'votes']]);
    expect(ofKind('The school approved a plan for its 1,200-1,400 pupils.', 'vote')).toEqual([]);
  });
});

describe('labels and units', () => {
  it('reads a proposition’s number as its name, and "units of" housing as units', () => {
    expect(ofKind('Proposition 218 requires the district to mail notices.', 'count')).toEqual([]);
    expect(ofKind('It turned a motel into 28 units of interim housing.', 'count')).toEqual([['28 units', 28, 'units']]);
  });
});
