import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers';

describe('ages', () => {
  it.each([
    ['Ms Okoro, 61, a former teacher, spoke first.', '61', 61],
    ['Sarnford resident Brian Coker, 79: "I have lived here since the 1960s."', '79', 79],
    ['The prize went to Maisie Tolland, seven, and her pony.', 'seven', 7],
    ['Mr Hale, 58, of Lark Lane, objected.', '58', 58],
    ['Plot holder Bill Rawnsley, 81, who grows leeks, was there.', '81', 81],
    ['Jo Reyes (44) chaired the meeting.', '44', 44],
    ['A pensioner, 79, said she was worried.', '79', 79],
    ['"It is a disgrace," said Joan Pryce, 71.', '71', 71],
    ['The inquest into the death of Alan Jessop, aged 54, opened.', 'aged 54', 54],
    ['A retired nurse aged 78 watched from the gallery.', 'aged 78', 78],
    ['A 72-year-old man was arrested.', '72-year-old', 72],
    ['A seven-year-old girl was hurt.', 'seven-year-old', 7],
    ['He is 30 years old.', '30 years old', 30],
    ['The 300-year-old church needs repairs.', '300-year-old', 300],
    ["O'Rourke, 62, served on the board for eight years.", '62', 62],
    ['He leaves his wife, Dorothy Szymanski, 80; three daughters; and a son.', '80', 80],
    ['"He was buying a soda. He\'s 17," she said.', '17', 17],
    ['Alfie Lund, now 11, fractured his skull.', '11', 11],
    ['Gary Lutz, now 90 and living in Sarasota, said they became friends.', '90', 90],
    ['"My son would have been 35 this year," she said.', '35', 35],
    ['“When I was 14 I was out delivering leaflets,” she said.', '14', 14],
    ['Edwin Marsh, then 68, was hit by the reversing lorry.', '68', 68],
    ['"My youngest is 9 and shares a room with me," she said.', '9', 9],
    ['"That has gone out of fashion," Mr Hodgkinson, now 88, said.', '88', 88],
    ['Cllr Arkwright, who was 81, had represented the ward since 1998.', '81', 81],
    ['The new leader, 47, is a former paediatric nurse.', '47', 47],
    ['A chartered accountant, 53, Simon has been finance spokesman since 2021.', '53', 53],
    ['Gladys Henley — she’s 81 — had hers done last week.', '81', 81],
    ['Born in 1942, he left school at 15 to work as a fitter.', '15', 15],
    ["You don't send a solicitor's letter to a man of 81 who has walked that line.", '81', 81],
    ['She retired at 60 and joined the parish council.', '60', 60],
    ['The Labour politician, 52, a former probation officer, won the post.', '52', 52],
    ['Age: 52', '52', 52],
    ['Her younger son, who is six, now uses an inhaler.', 'six', 6],
    ['The plan was late for the boy, who is now 12.', '12', 12],
    ['A discount for residents 65 and older remains in place.', '65', 65],
    ['Homeowners 65 and older, whose taxes are frozen, would not pay more.', '65', 65],
    ['The average age of a patient on that ward is 84.', '84', 84],
    ['Homeowners who are 65 or older will not see an increase.', '65', 65],
    ['The average age of councillors in England was 59.', '59', 59],
  ])('%s', (sentence, text, value) => {
    expect(ofKind(sentence, 'age')).toEqual([[text, value, 'year']]);
  });

  it.each([
    'Item 61, on parking, was deferred.',
    'On March 3, 45 councils replied.',
    'In Leeds, 45 councils replied.',
    'The group for people aged 16 to 18 meets weekly.',
    'The average age of the fleet is 12 years.',
    'Children aged 5-11 get free entry.',
    'Ward 12, 14 and 16 were redrawn.',
    'District 4, 12, was quiet.',
    'Smith, 450, was the total.',
    'It costs £61, a rise.',
    'The total came to Leeds, 45.5 per cent.',
    'Ward 3 had 12. Ward 4 had 9.',
    'The meeting, which was 45 minutes late, began at 7pm.',
    'The school left at 15 past three.',
    'Ward 12, now 14, was redrawn.',
    'She was a woman of 40 years standing in the village and a man of 1,000 words.',
  ])('no age in: %s', (sentence) => {
    expect(ofKind(sentence, 'age')).toEqual([]);
  });

  it('reads a hedged "N years old" as how long a thing has stood, a duration', () => {
    const sentence = 'Some mains are more than 60 years old and the trucks are over 15 years old.';
    expect(ofKind(sentence, 'age')).toEqual([]);
    expect(ofKind(sentence, 'duration')).toEqual([
      ['60 years', 60, 'year'],
      ['15 years', 15, 'year'],
    ]);
  });
});

describe('a child’s age written as a word', () => {
  it('is read only between commas straight after a name', () => {
    expect(ofKind('The plan had three parts: one, two, three, and four.', 'age')).toEqual([]);
  });
});
