import { describe, expect, it } from 'vitest';
import { detectFigures } from '@/core/figures';
import { ofKind } from './helpers';

describe('money', () => {
  it.each([
    ['The scheme will cost £49 million in total.', '£49 million', 49000000, 'GBP'],
    ['Savings of £11.5m were found.', '£11.5m', 11500000, 'GBP'],
    ['A £2bn regeneration plan.', '£2bn', 2000000000, 'GBP'],
    ['The city has an $83 million gap.', '$83 million', 83000000, 'USD'],
    ['A €3.2m grant from Brussels.', '€3.2m', 3200000, 'EUR'],
    ['The £30k consultancy contract.', '£30k', 30000, 'GBP'],
    ['They paid $1.5 billion for it.', '$1.5 billion', 1500000000, 'USD'],
    ['Band D rises to £1,912.40 next year.', '£1,912.40', 1912.4, 'GBP'],
    ['A bus fare of 50p was proposed.', '50p', 0.5, 'GBP'],
    ['It asked for 20 million pounds from Whitehall.', '20 million pounds', 20000000, 'GBP'],
    ['A 4-cent increase in the tax rate.', '4-cent', 0.04, 'USD'],
    ['The rate rises by 4 cents.', '4 cents', 0.04, 'USD'],
    ['Voters back a half-cent sales tax.', 'half-cent', 0.005, 'USD'],
    ['Owners will pay about two dollars more.', 'two dollars', 2, 'USD'],
    ['The repairs cost half a million pounds.', 'half a million pounds', 500000, 'GBP'],
    ['Nobody will give us a quarter of a million dollars for it.', 'a quarter of a million dollars', 250000, 'USD'],
    ['It cost three-quarters of a million pounds.', 'three-quarters of a million pounds', 750000, 'GBP'],
    ['Donors gave a million dollars to the library.', 'a million dollars', 1000000, 'USD'],
    ['The arena now costs $58.9-million.', '$58.9-million', 58900000, 'USD'],
  ])('%s', (sentence, text, value, unit) => {
    expect(ofKind(sentence, 'money')).toEqual([[text, value, unit]]);
  });

  it.each([
    ['Its £180,000-a-year chief executive quit.', '£180,000-a-year', 180000, 'GBP/year'],
    ['He earns £100,000 a year.', '£100,000 a year', 100000, 'GBP/year'],
    ['A single person can earn no more than €40,000 a year after tax to qualify.', '€40,000 a year', 40000, 'EUR/year'],
    ['A salary of £100,000 plus a year in expenses.', '£100,000 plus a year', 100000, 'GBP/year'],
    ['Cleaners get $5 per hour more.', '$5 per hour', 5, 'USD/hour'],
    ['He was hired at a salary of $142,000 a year after a national search.', '$142,000 a year', 142000, 'USD/year'],
    ['A £1.2 million-a-year contract.', '£1.2 million-a-year', 1200000, 'GBP/year'],
    ['Subscriptions cost $7/month.', '$7/month', 7, 'USD/month'],
    ['Fees of £2,000 per annum apply.', '£2,000 per annum', 2000, 'GBP/year'],
    ['The manager earns $185,000 annually.', '$185,000 annually', 185000, 'USD/year'],
    ['Tenants pay £40 weekly for a garage.', '£40 weekly', 40, 'GBP/week'],
    ['A levy of £22 a year on every Band D home.', '£22 a year', 22, 'GBP/year'],
  ])('rates: %s', (sentence, text, value, unit) => {
    expect(ofKind(sentence, 'money')).toEqual([[text, value, unit]]);
  });

  it('does not read "a year ago" as a rate', () => {
    expect(ofKind('It had £2m a year ago.', 'money')).toEqual([['£2m', 2000000, 'GBP']]);
    expect(ofKind('The fund lost £2m. A year on, it is still short.', 'money')).toEqual([['£2m', 2000000, 'GBP']]);
    expect(ofKind('After spending £4m a year on, officers paused.', 'money')).toEqual([['£4m', 4000000, 'GBP']]);
  });

  it('finds every amount in a range', () => {
    expect(ofKind('Between £2m and £3.5m was set aside.', 'money').map((m) => m[1])).toEqual([2000000, 3500000]);
  });

  it.each([
    'Filmed in 1080p at 60 frames.',
    'A 300-pound bear was seen near the depot.',
    'She lost 8 pounds in a month.',
    'He lost half a pound of weight.',
    'The meeting starts at 7pm.',
    'Share price fell to 5 points.',
  ])('no money in: %s', (sentence) => {
    expect(ofKind(sentence, 'money')).toEqual([]);
  });
});

describe('spelled-out pounds', () => {
  it('reads a spelled-out number of pounds as money, unless a weight’s words stand around it', () => {
    expect(ofKind('“Three pounds to get into town is too much,” she said.', 'money')).toEqual([['Three pounds', 3, 'GBP']]);
    expect(ofKind('The parcel weighs three pounds.', 'money')).toEqual([]);
    expect(ofKind('She bought three pounds of apples.', 'money')).toEqual([]);
    expect(ofKind('The puppy weighed 12 pounds.', 'money')).toEqual([]);
  });
});

describe('pounds in a story priced in dollars', () => {
  it('reads them as a weight, in any paragraph, and as money wherever the article uses £ or sterling', () => {
    const catchStory = {
      text: 'The quota was set at 21.6 million pounds.\n\nBoats were paid $7 a pound.',
      paragraphs: [
        { text: 'The quota was set at 21.6 million pounds.', start: 0 },
        { text: 'Boats were paid $7 a pound.', start: 43 },
      ],
    };
    expect(detectFigures(catchStory).map((f) => [f.text, f.kind])).toEqual([['$7', 'money']]);
    expect(ofKind('The council spent 2 million pounds, about $2.5 million, on the scheme, or £2m.', 'money').map((f) => f[0])).toEqual([
      '2 million pounds',
      '$2.5 million',
      '£2m',
    ]);
    expect(ofKind('It asked for 20 million pounds from Whitehall.', 'money')).toEqual([['20 million pounds', 20000000, 'GBP']]);
  });
});
