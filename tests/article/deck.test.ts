// @vitest-environment happy-dom
/**
 * A deck set straight before the container that holds the story (stop 47, from a dev90 page laid
 * out in tables; the page here is new): furniture, while a crosshead among the paragraphs, a line
 * that is a sentence, and a line after prose of its own parent stay.
 */
import { describe, expect, it } from 'vitest';
import { stripFurniture } from '@/core/article';
import { loadPage } from './load-page';

const story = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the story tells how the water board met on Tuesday night and voted on the rate rise that residents had opposed for months.</p>`,
  ).join('');
const text = (html: string): string => {
  const doc = loadPage(`<html><body><table><tr><td>${html}</td></tr></table></body></html>`);
  stripFurniture(doc);
  return doc.body.textContent!.replace(/\s+/g, ' ').trim();
};

describe('a deck straight before the story container', () => {
  it('is furniture', () => {
    const out = text(`<p class="subhead"><b>Challenger wins seat by 61 votes; recall drive begins</b></p><div id="storytext">${story(8)}</div>`);
    expect(out).not.toContain('61 votes');
    expect(out).toContain('Paragraph 1 of the story');
  });

  it('stays when it is a sentence', () => {
    expect(text(`<p>Voters ousted the chairman on Tuesday.</p><div id="storytext">${story(8)}</div>`)).toContain('ousted the chairman');
  });

  it('stays after a paragraph of its own parent, as a crosshead', () => {
    expect(text(`<p>The board met on Tuesday.</p><p><b>The recall</b></p><div class="section">${story(8)}</div>`)).toContain('The recall');
  });

  it('stays before a box that is not the story', () => {
    expect(text(`<p><b>Key dates</b></p><div class="box">${story(2)}</div>${story(6)}`)).toContain('Key dates');
  });
});

describe('an intro under the headline', () => {
  it('is the standfirst when a short line (the byline) follows it, and the lead when the story does', () => {
    const deck = loadPage(
      `<html><body><article><h1>Tower approved</h1><p class="storyintro">Residents give evidence as members examine the 12-storey tower.</p><p class="storymeta">By Sue Reed</p>${story(6)}</article></body></html>`,
    );
    stripFurniture(deck);
    expect(deck.body.textContent).not.toContain('12-storey');
    const lead = loadPage(
      `<html><body><article><h1>Tower approved</h1><p class="intro">The 12-storey tower was approved.</p>${story(6)}</article></body></html>`,
    );
    stripFurniture(lead);
    expect(lead.body.textContent).toContain('12-storey');
  });
});

describe('a bold or italic line under the headline', () => {
  it('is the deck when it is not a sentence, and a lede set in bold stays', () => {
    const deck = loadPage(
      `<html><body><article><h1>Precept to rise</h1><p><b><i>Band D households to pay £10.46 more</i></b></p>${story(6)}</article></body></html>`,
    );
    stripFurniture(deck);
    expect(deck.body.textContent).not.toContain('£10.46');
    const lede = loadPage(
      `<html><body><article><h1>Precept to rise</h1><p><b>Band D households will pay £10.46 more.</b></p>${story(6)}</article></body></html>`,
    );
    stripFurniture(lede);
    expect(lede.body.textContent).toContain('£10.46');
  });
});
