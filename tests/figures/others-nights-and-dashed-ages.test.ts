/**
 * Stop 35, from the dev49 pages (written for tuning) and sentences of my own: "and 11 others" in a
 * vote roll counts people, a short-let cap's "120-night" counts nights, an age may close a dashed
 * aside ("– Ray Pope, 81 – said"), and a tally recommended by a commission is a vote.
 */
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers';

describe('counts', () => {
  it.each([
    ['Against: Cllr Ruth Mayne and 14 others.', '14 others', 14, 'others'],
    ['Cllr Dev Amin and two others abstained.', 'two others', 2, 'others'],
    ['The commission set a 90-night cap on whole-home lets.', '90-night', 90, 'nights'],
  ])('%s', (sentence, text, value, unit) => {
    expect(ofKind(sentence, 'count')).toEqual([[text, value, unit]]);
  });
});

describe('ages', () => {
  it('closes a dashed aside', () => {
    expect(ofKind('The society’s treasurer – retired banker Ray Pope, 81 – asked about the lease.', 'age')).toEqual([['81', 81, 'year']]);
  });

  it('is no age before a dash that is not an aside', () => {
    expect(ofKind('Route 81 – the busiest – will be cut.', 'age')).toEqual([]);
  });
});

describe('votes', () => {
  it('reads a tally after "recommending"', () => {
    expect(ofKind('Commissioners joined the chair in recommending the rules 6-1.', 'vote')).toEqual([['6-1', '6-1', 'votes']]);
  });
});

describe('stop 35, from the dev50 pages', () => {
  it('reads no age inside a number with thousands', () => {
    expect(ofKind('Countywide, 61,340 ballots were cast.', 'age')).toEqual([]);
    expect(ofKind('Countywide, 61,340 ballots were cast.', 'count')).toEqual([['61,340 ballots', 61340, 'ballots']]);
  });

  it('reads a number named with "the" and no noun as a label, not a count', () => {
    expect(ofKind('The 14 routes at risk include the 47 and 48 in Penmore.', 'count')).toEqual([['14 routes', 14, 'routes']]);
  });

  it('keeps "extra" and "additional" inside a duration', () => {
    expect(ofKind('The bar asked for two extra hours on Fridays.', 'duration')).toEqual([['two extra hours', 2, 'hour']]);
    expect(ofKind('Crews would take ten additional minutes to arrive.', 'duration')).toEqual([['ten additional minutes', 10, 'minute']]);
  });
});
