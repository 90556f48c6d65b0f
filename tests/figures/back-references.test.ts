/** Bare numbers that go on from a count named before them, and counts of occurrences ("five times"). */
import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/core/figures';
import { articleFromText } from '@/core/article';

const counts = (text: string) =>
  detectFigures(articleFromText(text))
    .filter((f) => f.kind === 'count')
    .map((f) => [f.text, f.value, f.unit]);

describe('bare numbers that borrow their noun', () => {
  it('reads election results and seat tallies after the count they go on from', () => {
    expect(counts('Grace Okafor won with 812 votes, a majority of 139 over Liam Brennan, who received 673.')).toEqual([
      ['812 votes', 812, 'votes'],
      ['139', 139, 'votes'],
      ['673', 673, 'votes'],
    ]);
    expect(counts('Imran Yusuf came third with 401 votes, ahead of Stephen Dale on 388. Wendy Lin received 97.')).toEqual([
      ['401 votes', 401, 'votes'],
      ['388', 388, 'votes'],
      ['97', 97, 'votes'],
    ]);
    expect(counts('Labour holds 29 of the 48 seats, with the Conservatives on 12 and the Greens on one.')).toEqual([
      ['29', 29, 'seats'],
      ['48 seats', 48, 'seats'],
      ['12', 12, 'seats'],
      ['one', 1, 'seats'],
    ]);
    expect(counts('The council has lost three of its last four planning appeals, and two of the next five.')).toEqual([
      ['three', 3, 'appeals'],
      ['four planning appeals', 4, 'appeals'],
      ['two', 2, 'appeals'],
    ]);
  });

  it('reads parts, shares of named things, hedged comparisons and changes of a named number', () => {
    expect(counts('It has 118 posts for deputies, and 31 of them are vacant.')).toEqual([
      ['118 posts', 118, 'posts'],
      ['31', 31, 'posts'],
    ]);
    expect(counts('Dr Aziz said 15 of the cases were in children and 14 of those were unvaccinated.')).toEqual([
      ['15', 15, 'cases'],
      ['14', 14, 'cases'],
    ]);
    expect(counts('It gave 412 doses this week, compared with about 60 in a normal week.')).toEqual([
      ['412 doses', 412, 'doses'],
      ['60', 60, 'doses'],
    ]);
    expect(counts('The rounds reduced the number of routes from 31 to 27.')).toEqual([
      ['31', 31, 'routes'],
      ['27', 27, 'routes'],
    ]);
    expect(counts('Missed collections had fallen from a peak of about 2,300 a week to around 600.')).toEqual([
      ['2,300', 2300, 'collections'],
      ['600', 600, 'collections'],
    ]);
  });

  it('reads "out of", a change named by its noun ("rose to", "fell from"), and a year between the two ends', () => {
    expect(counts('There are 41 stalls let out of 58.')).toEqual([
      ['41 stalls', 41, 'stalls'],
      ['58', 58, 'stalls'],
    ]);
    expect(counts('Suspensions rose to 412 last year, from 288 the year before.')).toEqual([
      ['412', 412, 'suspensions'],
      ['288', 288, 'suspensions'],
    ]);
    expect(counts('The number of visitors fell from about 610,000 in 2019 to 430,000 last year.')).toEqual([
      ['610,000', 610000, 'visitors'],
      ['430,000', 430000, 'visitors'],
    ]);
    expect(counts('Four women drivers and three men were there.')).toEqual([
      ['Four women drivers', 4, 'drivers'],
      ['three men', 3, 'men'],
    ]);
  });

  it('leaves "every one of them", a number in another sentence and a bare number with no count before it', () => {
    expect(counts('We have 38 families, and I have called every one of them.')).toEqual([['38 families', 38, 'families']]);
    expect(counts('The council has 48 seats. Route 12 was cut.')).toEqual([['48 seats', 48, 'seats']]);
    expect(counts('The meeting ended at 9 and 12 people left.')).toEqual([['12 people', 12, 'people']]);
  });
});

describe('occurrences', () => {
  it('counts "N times" as how often, but not a multiplier', () => {
    expect(counts('Visits were cancelled five times in two months. He called 300 times.')).toEqual([
      ['five times', 5, 'times'],
      ['300 times', 300, 'times'],
    ]);
    expect(counts('It is three times the national rate, and rents rose four times faster.')).toEqual([]);
  });
});

describe('more shapes from dev15', () => {
  it('reads "the number of <noun> ... above N", half a unit, emergency lines and hyphenated lanes', () => {
    expect(counts('The number of people waiting for planned hospital treatment has risen above 64,000.')).toEqual([['64,000', 64000, 'people']]);
    expect(counts('The force said 999 calls were answered faster, and a 911 call came in.')).toEqual([]);
    expect(counts('The line took 112 calls on Monday.')).toEqual([['112 calls', 112, 'calls']]);
    expect(counts('The centre would have an eight-lane pool.')).toEqual([['eight-lane', 8, 'lanes']]);
    expect(detectFigures(articleFromText('Calls took half an hour.')).map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ['half an hour', 'duration', 0.5, 'hour'],
    ]);
  });
});

describe('capacities and dozens', () => {
  it('reads "designed for N" after a count, and "two dozen", "half a dozen"', () => {
    expect(counts('The jail held 412 inmates in a building designed for 350.')).toEqual([
      ['412 inmates', 412, 'inmates'],
      ['350', 350, 'inmates'],
    ]);
    expect(counts('About two dozen people spoke, and half a dozen residents left.')).toEqual([
      ['two dozen people', 24, 'people'],
      ['half a dozen residents', 6, 'residents'],
    ]);
  });
});
