import { describe, expect, it } from 'vitest';
import { articleFromText, withParagraphs } from '@/core/article';

describe('articleFromText', () => {
  it('splits on blank lines and collapses whitespace inside a paragraph', () => {
    const article = articleFromText('Cllr P Harvey said the  budget\nwas balanced.\n\n\n  The vote was carried.  \r\n\r\nMeeting closed.');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Cllr P Harvey said the budget was balanced.', 'The vote was carried.', 'Meeting closed.']);
    expect(article.text).toBe('Cllr P Harvey said the budget was balanced.\n\nThe vote was carried.\n\nMeeting closed.');
  });

  it('splits on single line breaks when the text has no blank line', () => {
    const article = articleFromText('First line about Coun Okafor.\nSecond line about £49 million.\n\u00a0\nThird');
    // A line holding only a non-breaking space counts as blank.
    expect(article.paragraphs.map((p) => p.text)).toEqual(['First line about Coun Okafor. Second line about £49 million.', 'Third']);
    const lines = articleFromText('One\nTwo\r\nThree');
    expect(lines.paragraphs.map((p) => p.text)).toEqual(['One', 'Two', 'Three']);
  });

  it('records offsets that point at each paragraph in the text', () => {
    const article = articleFromText('Alpha beta.\n\nGamma.\n\nDelta epsilon.');
    for (const p of article.paragraphs) expect(article.text.slice(p.start, p.start + p.text.length)).toBe(p.text);
    expect(article.paragraphs.map((p) => p.start)).toEqual([0, 13, 21]);
  });

  it('cleans the url and leaves unknown metadata null', () => {
    const article = articleFromText('Text.', 'https://news.example/a?utm_source=x&id=7#comments');
    expect(article.url).toBe('https://news.example/a?id=7');
    expect(article.title).toBeNull();
    expect(articleFromText('').paragraphs).toEqual([]);
    expect(articleFromText('x').url).toBeNull();
  });
});

describe("a saved article's preamble", () => {
  it('reads an opening date field as the publication time and leaves it out of the text', () => {
    const article = articleFromText(' date 2019-03-04 Harwick District Council has named a new treasurer.\n\nCllr Amy Rowe said so.');
    expect(article.publishedTime).toBe('2019-03-04T00:00:00.000Z');
    expect(article.paragraphs[0]!.text).toBe('Harwick District Council has named a new treasurer.');
    expect(articleFromText('date: 2019-03-04T09:15:00 Text.').publishedTime).toBe('2019-03-04T09:15:00.000Z');
    expect(articleFromText('published 2019-03-04T09:15:00+01:00 Text.').publishedTime).toBe('2019-03-04T08:15:00.000Z');
  });

  it('takes a url field when no address is given, and never a story that opens with the word "date"', () => {
    const article = articleFromText('url https://news.example/a?utm_source=x date 2019-03-04 Text.');
    expect([article.url, article.publishedTime, article.text]).toEqual(['https://news.example/a', '2019-03-04T00:00:00.000Z', 'Text.']);
    expect(articleFromText('url https://news.example/a Text.', 'https://given.example/b').url).toBe('https://given.example/b');
    const story = articleFromText('Date 14 has been set for the inquiry.');
    expect([story.text, story.publishedTime]).toEqual(['Date 14 has been set for the inquiry.', null]);
    expect(articleFromText('The date 2019-03-04 was set.').text).toBe('The date 2019-03-04 was set.');
  });

  it("drops a newsletter sign-up form's flattened words, wherever they fall", () => {
    const form = 'Get the top stories sent to your inbox + Subscribe Thank you for subscribing! Could not subscribe, try again later Invalid Email';
    const article = articleFromText(`date 2020-01-02 ${form}\n\nThe mayor, Cllr Jo Pike, opened the depot.\n\n${form}\n\nIt cost £2m.`);
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The mayor, Cllr Jo Pike, opened the depot.', 'It cost £2m.']);
    // Words a story prints keep their place.
    const quote = articleFromText('Residents can subscribe to the council newsletter. "Thank you for coming," she said.');
    expect(quote.text).toBe('Residents can subscribe to the council newsletter. "Thank you for coming," she said.');
  });
});

describe('withParagraphs', () => {
  it('gives back exactly the paragraphs an extraction joined into its text', () => {
    const article = articleFromText('Cllr Ann Lee said so.\n\nThe £2m plan passed 31-12.\n\nMeeting closed.', 'https://news.example/a');
    const { paragraphs: _, ...sent } = article;
    expect(withParagraphs(sent)).toEqual(article);
  });

  it('gives no paragraphs for an empty text, and keeps the findings it was sent with', () => {
    expect(withParagraphs({ ...articleFromText(''), figures: [] })).toMatchObject({ paragraphs: [], figures: [] });
  });
});
