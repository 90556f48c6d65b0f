import { describe, expect, it } from 'vitest';
import { describeMark } from '@/content/describe-mark';
import { formatFigureValue as describeValue } from '@/core/model/figure-kinds';
import type { Analysis } from '@/core/model/analysis';
import type { PageContext } from '@/messaging/protocol';

const analysis = {
  officials: [
    {
      name: 'Jane Porter',
      role: 'council leader',
      mentions: [
        { text: 'Cllr Jane Porter', start: 0, end: 16 },
        { text: 'Cllr Porter', start: 40, end: 51 },
      ],
    },
  ],
  people: [{ name: 'Nell Abara', role: null, mentions: [{ text: 'Nell Abara', start: 70, end: 80 }] }],
  figures: [{ text: '£4.2m', kind: 'money', value: 4200000, unit: 'GBP', start: 60, end: 65 }],
} as unknown as Analysis;

const ref = { id: 'https://news.example/a', url: 'https://news.example/a', title: 'Earlier story', siteName: 'Example News', publishedTime: '2026-01-02' };
const context: PageContext = {
  article: null,
  annotations: [],
  officialIds: ['jane-porter'],
  relatedByOfficial: { 'jane-porter': [ref] },
  relatedByFigure: { 'money:4200000:GBP': [ref] },
};

describe('describeMark', () => {
  it('describes an official with role, mention count and related articles', () => {
    const card = describeMark(analysis, context, 'official', 'o0');
    expect(card).toMatchObject({ heading: 'Jane Porter', related: [ref] });
    expect(card?.details).toEqual(['council leader', 'Named 2 times in this article']);
  });

  it('describes a figure by kind and normalised value, with articles sharing it', () => {
    const card = describeMark(analysis, context, 'figure', 'f0');
    expect(card?.details[0]).toBe('Money: £4,200,000');
    expect(card?.related).toEqual([ref]);
  });

  it('describes another named person as not an official, with no cross-article links', () => {
    const card = describeMark(analysis, context, 'person', 'p0');
    expect(card).toMatchObject({ kind: 'person', heading: 'Nell Abara', related: [] });
    expect(card?.details).toEqual(['Not named as an official here', 'Named 1 time in this article']);
    expect(describeMark(analysis, context, 'person', 'p3')).toBeNull();
  });

  it('returns null for unknown ids or before analysis', () => {
    expect(describeMark(analysis, context, 'official', 'o7')).toBeNull();
    expect(describeMark(null, context, 'figure', 'f0')).toBeNull();
  });
});

describe('describeValue', () => {
  it('formats rates, percentages, counts and unknown values', () => {
    expect(describeValue({ kind: 'money', value: 180000, unit: 'GBP/year' })).toBe('£180,000 per year');
    expect(describeValue({ kind: 'money', value: 0.04, unit: 'USD' })).toBe('US$0.04');
    expect(describeValue({ kind: 'percent', value: 4.99, unit: '%' })).toBe('4.99%');
    expect(describeValue({ kind: 'count', value: 350, unit: 'jobs' })).toBe('350 jobs');
    expect(describeValue({ kind: 'year', value: '2017/18', unit: 'financial-year' })).toBe('2017/18');
    expect(describeValue({ kind: 'date', value: null, unit: null })).toBe('value not determined');
  });
});
