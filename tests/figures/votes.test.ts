import { describe, expect, it } from 'vitest';
import { ofKind, tuples } from './helpers';

describe('vote tallies', () => {
  it.each([
    ['The budget passed 31-12 on Tuesday.', '31-12', '31-12'],
    ['The zoning committee advanced the rezoning 9-6 last week.', '9-6', '9-6'],
    ['The Senate confirmed her 52-48 in March.', '52-48', '52-48'],
    ['Commissioners set the tax rate on Tuesday, splitting 3-2 after three hours of debate.', '3-2', '3-2'],
    ['A version of the bill passed the House 71-26 this year but died in committee.', '71-26', '71-26'],
    ['Members voted 5-2 to approve the scheme.', '5-2', '5-2'],
    ['The roll call was 6-1, with Pfluger voting no.', '6-1', '6-1'],
    ['The plan was approved in a 7-0 vote.', '7-0', '7-0'],
    ['It was a 4–3 decision.', '4–3', '4-3'],
    ['The president broke a 3-3 tie among trustees.', '3-3', '3-3'],
    ['The president broke a 3–3 tie among trustees.', '3–3', '3-3'],
    ['The motion was carried 12-3-1.', '12-3-1', '12-3-1'],
    ['The budget passed 31-12 with four abstentions.', '31-12 with four abstentions', '31-12-4'],
    ['The plan was approved 4-1, with Smith absent.', '4-1', '4-1'],
    ['The board rejected the bid 6-3 after a long debate.', '6-3', '6-3'],
    ['The motion was carried by six votes to three.', 'six votes to three', '6-3'],
    ['It fell by nine votes to seven.', 'nine votes to seven', '9-7'],
    ['The amendment was lost by 9 votes to 4.', '9 votes to 4', '9-4'],
    ['It was agreed by 22 votes to 17, with 3 abstentions.', '22 votes to 17, with 3 abstentions', '22-17-3'],
    ['It was approved by 12 votes to 3, with one abstention.', '12 votes to 3, with one abstention', '12-3-1'],
    ['Members backed it by 31 to 20 votes.', '31 to 20 votes', '31-20'],
    ['Councillors voted 30 to 14 to keep the library open.', '30 to 14', '30-14'],
    ['The commission recommended approval 5-2 last month.', '5-2', '5-2'],
    ['The board denied the permit 4-1.', '4-1', '4-1'],
    ['The report was approved with 12 in favour and 3 against.', '12 in favour and 3 against', '12-3'],
    ['It was carried with 31 votes in favour and 4 abstentions.', '31 votes in favour and 4 abstentions', '31-0-4'],
    ['There were 45 votes for, 3 against.', '45 votes for, 3 against', '45-3'],
    ['The bill passed with 12 ayes and 3 noes.', '12 ayes and 3 noes', '12-3'],
    ['The roll call was 7 yes, 2 no.', '7 yes, 2 no', '7-2'],
    ['The ordinance passed on a 4-1-1 vote.', '4-1-1', '4-1-1'],
    ['By a vote of 8-1, the board backed the plan.', '8-1', '8-1'],
    ['In the end 41 members backed it and 9 opposed.', '41 members backed it and 9 opposed', '41-9'],
    ['In the strike ballot 1,214 members backed it and 98 opposed.', '1,214 members backed it and 98 opposed', '1214-98'],
    ['The referendum passed 1,204-987, the town clerk said.', '1,204-987', '1204-987'],
    ['Voters backed the levy 12,310-9,877 on Tuesday.', '12,310-9,877', '12310-9877'],
    ['Eight councillors supported the plan, while two voted against.', 'Eight councillors supported the plan, while two voted against', '8-2'],
    ['The amendment fell, with 19 members backing it and 27 against.', '19 members backing it and 27 against', '19-27'],
  ])('%s', (sentence, text, value) => {
    expect(ofKind(sentence, 'vote')).toEqual([[text, value, 'votes']]);
  });

  it('reads a second bare tally joined by "and" to a first, however long the clause between', () => {
    const sentence =
      'Trustees voted 8-2 on Tuesday to accept the findings against the trustee, who represents Mapleford and Ridgeway Township, and 7-3 to impose the penalties.';
    expect(ofKind(sentence, 'vote')).toEqual([
      ['8-2', '8-2', 'votes'],
      ['7-3', '7-3', 'votes'],
    ]);
    expect(ofKind('The board voted 5-2. Scores of 3-1 and 2-0 were recorded at the match.', 'vote')).toEqual([['5-2', '5-2', 'votes']]);
  });

  it('keeps a margin alone as a count', () => {
    expect(tuples('The motion fell by two votes.')).toEqual([['two votes', 'count', 2, 'votes']]);
  });

  it.each([
    'The number of routes fell from 31 to 27 after the vote.',
    'Support fell from about 31 to 27.',
    'The score was 12-3 at half time.',
    'Read pages 12-15 of the report before the motion.',
    'The council approved 200-300 homes on the site.',
    'Opening hours are 9-5 on weekdays.',
    'Rooms 4-6 of the annex were closed.',
    'The ward lies between the A38 and the 31-12 junction.',
    'The bill was passed unanimously.',
    'Numbers rose from 30 to 40 this year.',
    'The date was 31-12-2024.',
    'Item 7-2 was deferred by the motion.',
  ])('no vote in: %s', (sentence) => {
    expect(ofKind(sentence, 'vote')).toEqual([]);
  });
});

describe('tallies named as a kind of vote', () => {
  it('reads "a 5-2 straw vote" and "a 4-1 preliminary vote"', () => {
    expect(ofKind('It drew a 5-2 straw vote in favor. The council gave a 4-1 preliminary vote.', 'vote')).toEqual([
      ['5-2', '5-2', 'votes'],
      ['4-1', '4-1', 'votes'],
    ]);
  });
});
