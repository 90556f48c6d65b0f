import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers';

// Vote tallies ("by nine votes to seven") are one `vote` figure now: see votes.test.ts.
describe('bare numbers that borrow a counted noun', () => {
  it.each([
    [
      'Labour holds 33 of the 60 seats.',
      [
        ['33', 33, 'seats'],
        ['60 seats', 60, 'seats'],
      ],
    ],
    [
      'Only 4 of its 19 libraries will stay open.',
      [
        ['4', 4, 'libraries'],
        ['19 libraries', 19, 'libraries'],
      ],
    ],
    [
      "The undersheriff said 19 of the jail's 64 positions were vacant.",
      [
        ['19', 19, 'positions'],
        ['64 positions', 64, 'positions'],
      ],
    ],
    [
      'The plan needs between 400 and 600 homes.',
      [
        ['400', 400, 'homes'],
        ['600 homes', 600, 'homes'],
      ],
    ],
    ['She sat on the board for 24 years and chaired it for 11 of those years.', [['11', 11, 'years']]],
    [
      'The branch had 4,100 visits last year, against an average of 19,000 across the borough.',
      [
        ['4,100 visits', 4100, 'visits'],
        ['19,000', 19000, 'visits'],
      ],
    ],
    [
      'Our best count is 14,200, out of roughly 61,000 service lines in the city.',
      [
        ['14,200', 14200, 'lines'],
        ['61,000 service lines', 61000, 'lines'],
      ],
    ],
    [
      "The winner took 1,912 votes to her rival's 1,407.",
      [
        ['1,912 votes', 1912, 'votes'],
        ['1,407', 1407, 'votes'],
      ],
    ],
    [
      'The authority carried 4.1 million trips in 2025, down from 5.6 million in 2019.',
      [
        ['4.1 million trips', 4100000, 'trips'],
        ['5.6 million', 5600000, 'trips'],
      ],
    ],
    [
      'It has 212 on-call firefighters against an establishment of 290.',
      [
        ['212 on-call firefighters', 212, 'firefighters'],
        ['290', 290, 'firefighters'],
      ],
    ],
    [
      'Engines may go out with three firefighters rather than four.',
      [
        ['three firefighters', 3, 'firefighters'],
        ['four', 4, 'firefighters'],
      ],
    ],
    [
      'The checks found 23 further properties without a certificate, and that 4 had been taken out of use.',
      [
        ['23 further properties', 23, 'properties'],
        ['4', 4, 'properties'],
      ],
    ],
    [
      'The jail, built for 340 inmates, has held an average of 455 a night.',
      [
        ['340 inmates', 340, 'inmates'],
        ['455', 455, 'inmates'],
      ],
    ],
    [
      'Two or three councillors left early.',
      [
        ['Two', 2, 'councillors'],
        ['three councillors', 3, 'councillors'],
      ],
    ],
    [
      'The trust saw 2,400 referrals last year, up from 1,900 in 2021.',
      [
        ['2,400 referrals', 2400, 'referrals'],
        ['1,900', 1900, 'referrals'],
      ],
    ],
    [
      'There were 65 complaints, compared with 40 the year before.',
      [
        ['65 complaints', 65, 'complaints'],
        ['40', 40, 'complaints'],
      ],
    ],
    [
      'Rents rose from 40 homes to 60.',
      [
        ['40 homes', 40, 'homes'],
        ['60', 60, 'homes'],
      ],
    ],
    [
      'Enrollment has fallen to about 8,900 students, from 10,400 in 2019.',
      [
        ['8,900 students', 8900, 'students'],
        ['10,400', 10400, 'students'],
      ],
    ],
    [
      'The number of foster families has fallen to 212, from 260 in 2020.',
      [
        ['212', 212, 'families'],
        ['260', 260, 'families'],
      ],
    ],
    [
      'The school now has 7,460 pupils, against 8,200 in 2018.',
      [
        ['7,460 pupils', 7460, 'pupils'],
        ['8,200', 8200, 'pupils'],
      ],
    ],
    [
      'About 140 of the roughly 900 wells are dry; riders use 12 of its routes and rot was found in 14 of its support posts.',
      [
        ['140', 140, 'wells'],
        ['900 wells', 900, 'wells'],
        ['12', 12, 'routes'],
        ['14', 14, 'posts'],
      ],
    ],
    [
      "The county will buy five of the company's ambulances, and rated him weak in two of five areas.",
      [
        ['five', 5, 'ambulances'],
        ['two', 2, 'areas'],
        ['five areas', 5, 'areas'],
      ],
    ],
    [
      'Of its 48 shop units, 19 are empty. Of the 38 complaints decided, it upheld 29.',
      [
        ['48 shop units', 48, 'units'],
        ['19', 19, 'units'],
        ['38 complaints', 38, 'complaints'],
        ['29', 29, 'complaints'],
      ],
    ],
    [
      'There are 2,950 households on the list, including 612 who named the village. Crews fixed 40 leaks, including one on Main Street.',
      [
        ['2,950 households', 2950, 'households'],
        ['612', 612, 'households'],
        ['40 leaks', 40, 'leaks'],
      ],
    ],
    [
      "The chief spoke next. Of the brigade's 260 retained posts, 74 are vacant.",
      [
        ['260 retained posts', 260, 'posts'],
        ['74', 74, 'posts'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(ofKind(sentence, 'count')).toEqual(expected);
  });

  it.each([
    'The meeting on item 7 of the 12 items ran late.',
    'It has 40 staff. Costs are up from 2019 levels.',
    'The vote was 7-2 in favour.',
    'The library has 300 books. Fines went up from 20 in May.',
    'It ran from 2019 to 2023 with 14 wardens.',
    'Three councillors voted; turnout was up from 30 per cent.',
    'The 30 of us went to 5 meetings.',
    'She cast one of the two votes against.',
    'Rooms 4 to 6 of the 12 rooms are shut.',
    'Flat 3 of the 40 flats was damaged.',
    'The plan cuts four library branches and ends Routes 14, 22 and 61 next year.',
    'The board took Items 4, 5 and 9 together after 12 speakers.',
    'Two of the most important issues remain.',
  ])('no borrowed count in: %s', (sentence) => {
    // A borrowed count is the number alone: its text has no space or hyphen.
    const bare = ofKind(sentence, 'count').filter(([text]) => !/[\s-]/.test(String(text)));
    expect(bare).toEqual([]);
  });
});

describe('bare numbers a change or a count of people gives no noun', () => {
  it.each([
    ['Car thefts in the city rose 38% last year, to 211.', [['211', 211, null]]],
    [
      'Overdose deaths in the county fell to 19 last year, from 31 in 2023.',
      [
        ['19', 19, null],
        ['31', 31, null],
      ],
    ],
    ['No permits will be issued until the number falls below 400.', [['400', 400, null]]],
    ['The council voted to cap the number of short-term rental permits at 450 citywide.', [['450', 450, null]]],
    [
      'About 140 people filled the hall. Twenty-six spoke during the hearing.',
      [
        ['140 people', 140, 'people'],
        ['Twenty-six', 26, null],
      ],
    ],
    [
      'The homes have 96 beds, of which 71 are filled.',
      [
        ['96 beds', 96, 'beds'],
        ['71', 71, 'beds'],
      ],
    ],
    [
      'It will employ about 420 people, with as many as 900 more during construction.',
      [
        ['420 people', 420, 'people'],
        ['900', 900, 'people'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(ofKind(text, 'count')).toEqual(expected);
  });

  it('leaves a number a change reaches alone when a word of its own follows ("rose to 30 degrees")', () => {
    expect(ofKind('The temperature rose to 30 degrees on Friday and fell to 12 overnight.', 'count')).not.toContainEqual(['12', 12, null]);
  });
});

describe('more of the same, with the noun understood', () => {
  it.each([
    ['Glenrath has 980 families waiting, followed by Moyvane with 455.', ['980 families', 980, 'families'], ['455', 455, null]],
    ['The trust built 120 flats last year and has a further 260 under way.', ['120 flats', 120, 'flats'], ['260', 260, null]],
    ['It bought 18 houses in March and plans to buy another 25 by the summer.', ['18 houses', 18, 'houses'], ['25', 25, null]],
  ])('%s', (sentence, first, second) => {
    expect(ofKind(sentence, 'count')).toEqual([first, second]);
  });

  it.each([
    ['Tom Hale (Green Party) 413', ['413', 413, null]],
    ['Ruth Ince (Labour) had 402 and Joe Pike (Independent) 131.', ['402', 402, null], ['131', 131, null]],
    ['She beat Ian Rowe, who polled 760, and Lee Cato, who took 234.', ['760', 760, null], ['234', 234, null]],
    ['Carl Dobbs, standing for Reform UK, was second with 1,030.', ['1,030', 1030, null]],
  ])('reads an election result’s votes with the noun understood: %s', (sentence, ...counts) => {
    expect(ofKind(sentence, 'count')).toEqual(counts);
  });

  it.each([
    ['The home has room for 32 but takes no new residents.', ['32', 32, null]],
    ['The jail held 340 inmates in a building rated for 312.', ['340 inmates', 340, 'inmates'], ['312', 312, null]],
    ['The force is below its authorized strength of 660.', ['660', 660, null]],
    ['Some carried 30 cases each, against an internal limit of 18.', ['30 cases', 30, 'cases'], ['18', 18, null]],
    ['The force recruited 186 officers, bringing its strength to 2,310.', ['186 officers', 186, 'officers'], ['2,310', 2310, null]],
    ['The limit of 30 mph stays.'],
  ])('reads a capacity or a target with the noun understood: %s', (sentence, ...counts) => {
    expect(ofKind(sentence, 'count')).toEqual(counts);
  });

  it('leaves "another one" alone', () => {
    expect(ofKind('If we lose this site, we will never get another one.', 'count')).toEqual([]);
  });
});

describe('"one" standing for a thing', () => {
  it('is no count after "against" at the end of a clause', () => {
    expect(ofKind('The survey drew 900 responses, with 60% of residents for a levy but 75% of hotels against one.', 'count')).toEqual([
      ['900 responses', 900, 'responses'],
    ]);
  });
});
