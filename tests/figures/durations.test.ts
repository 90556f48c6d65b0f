import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers';

describe('durations', () => {
  it.each([
    ['The review took 14 months.', '14 months', 14, 'month'],
    ['He served five-and-a-half years as leader.', 'five-and-a-half years', 5.5, 'year'],
    ['Consultation lasts two weeks.', 'two weeks', 2, 'week'],
    ['Residents have 90 days to object.', '90 days', 90, 'day'],
    ['An 18-month review was ordered.', '18-month', 18, 'month'],
    ['The board approved a four-day school week.', 'four-day', 4, 'day'],
    ['A 10-year contract was signed.', '10-year', 10, 'year'],
    ['The debate lasted four minutes.', 'four minutes', 4, 'minute'],
    ['It ran for two and a half hours.', 'two and a half hours', 2.5, 'hour'],
    ['Some pupils spend an hour and a half on the road each way.', 'an hour and a half', 1.5, 'hour'],
    ['The repairs took a year and a half.', 'a year and a half', 1.5, 'year'],
    ['Two decades of cuts.', 'Two decades', 20, 'year'],
    ['It will take a 24-hour strike.', '24-hour', 24, 'hour'],
    ['Officers must reply within 20 working days.', '20 working days', 20, 'day'],
    ['The pool shut for three full years.', 'three full years', 3, 'year'],
    ['Traders were given a fortnight to respond.', 'a fortnight', 2, 'week'],
    ['The road closes for two fortnights.', 'two fortnights', 4, 'week'],
    ['Crews must arrive within 90 seconds of the alarm.', '90 seconds', 90, 'second'],
    ['Each repair takes about one day.', 'one day', 1, 'day'],
    ['The library was called out twice in one day.', 'one day', 1, 'day'],
    ['The strike lasted one day.', 'one day', 1, 'day'],
    ['The work took one week to finish.', 'one week', 1, 'week'],
    ['A mobile library will call once a fortnight.', 'a fortnight', 2, 'week'],
  ])('%s', (sentence, text, value, unit) => {
    expect(ofKind(sentence, 'duration')).toEqual([[text, value, unit]]);
  });

  it.each([
    'The scheme covers 75 second-row properties.',
    'A 54-year-old man was arrested.',
    'The boy is six years old.',
    'Bins are emptied once a year.',
    'The first tax rise in more than a decade.',
    'Mayfield yearly report.',
    'The lodge has 22 year-round employees.',
    'The panel meets three times a fortnight.',
    'If he wants my job one day, he is welcome to stand for it.',
    'And then one day the lights went out.',
    'One day, she said, the pool will reopen.',
    'The budget closes two day centres for older people.',
    "Without that bus I'd be stuck in the house from one week to the next.",
    'Fees swing from one year to another.',
  ])('no duration in: %s', (sentence) => {
    expect(ofKind(sentence, 'duration')).toEqual([]);
  });
});
