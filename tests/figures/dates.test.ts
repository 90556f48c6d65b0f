import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers';

describe('dates', () => {
  it.each([
    ['The budget meeting is on February 28, 2019.', 'February 28, 2019', '2019-02-28'],
    ['Members met on 12th Dec 2023 in the chamber.', '12th Dec 2023', '2023-12-12'],
    ['The vote was held Feb. 21, 2019, downtown.', 'Feb. 21, 2019', '2019-02-21'],
    ['It was published on 21 February 2019.', '21 February 2019', '2019-02-21'],
    ['The deadline is 2023-10-05.', '2023-10-05', '2023-10-05'],
    ['The next meeting is on the 3rd of March 2024.', '3rd of March 2024', '2024-03-03'],
    ['Polls open on Thursday 2 May 2024.', '2 May 2024', '2024-05-02'],
    ['The depot closed in October 2023 after a fire.', 'October 2023', '2023-10'],
    ['Work is due to finish by Sept 2027, officers said.', 'Sept 2027', '2027-09'],
    ['Consultation ran until June, 2025.', 'June, 2025', '2025-06'],
  ])('%s', (sentence, text, value) => {
    expect(ofKind(sentence, 'date')).toEqual([[text, value, null]]);
  });

  it('gives a day without a year the year nearest the reference date', () => {
    expect(ofKind('The full council meets on February 28.', 'date', '2019-02-17T18:42:00Z')).toEqual([['February 28', '2019-02-28', null]]);
    // Published in late December: "January 5" is next month, not eleven months back.
    expect(ofKind('Bins will be collected on January 5.', 'date', '2023-12-20')).toEqual([['January 5', '2024-01-05', null]]);
    // Published in January: "Dec. 12" is last month.
    expect(ofKind('The board voted Dec. 12 to close it.', 'date', '2024-01-08')).toEqual([['Dec. 12', '2023-12-12', null]]);
  });

  it('leaves out a weekday that leads the date (weekdays are not figures)', () => {
    expect(ofKind('The hearing is on Monday, March 3.', 'date', '2025-02-20')).toEqual([['March 3', '2025-03-03', null]]);
    expect(ofKind('Objections close on Friday 9 August 2024 at noon.', 'date')).toEqual([['9 August 2024', '2024-08-09', null]]);
  });

  it('reads a month and year as a date, not as a bare year', () => {
    const tuples = ofKind('Figures from November 2023 show a rise.', 'date');
    expect(tuples).toEqual([['November 2023', '2023-11', null]]);
    expect(ofKind('Figures from November 2023 show a rise.', 'year')).toEqual([]);
  });

  it('writes --MM-DD when no year is known', () => {
    expect(ofKind('The council will decide on July 1.', 'date')).toEqual([['July 1', '--07-01', null]]);
  });

  it.each([
    'The meeting in March was cancelled.',
    'Residents may 5 times complain.',
    'They will march 3 miles to the town hall.',
    'Payments are due on 5/3/2024.',
    'February 30 does not exist.',
    'Fees rise from April.',
    'Officers may 2024 budgets revise.',
  ])('no date in: %s', (sentence) => {
    expect(ofKind(sentence, 'date')).toEqual([]);
  });
});
