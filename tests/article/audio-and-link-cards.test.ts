// @vitest-environment happy-dom
/**
 * Stop 50, from the dev104 pages (written for tuning by helpers who saw no code; the pages here are
 * new): an audio clip's box set in the story ("LISTEN: ... Play") and a link card to another story
 * (Ghost's bookmark card, its title, summary and site); a callout asking for readers' money or sign-ups.
 */
import { describe, expect, it } from 'vitest';
import { stripFurniture } from '@/core/article';
import { loadPage } from './load-page';

const flat = (doc: Document): string => doc.body.textContent!.replace(/\s+/g, ' ').trim();
const story = 'The municipal district agreed a roads programme worth €2.4 million on Monday.';

describe('boxes set in the story', () => {
  it('removes an audio clip and a link card to another story', () => {
    const doc = loadPage(`<html><body><article>
      <p>${story}</p>
      <div class="c-embed c-embed--audio"><span class="c-embed__label">LISTEN:</span>
        <span class="c-embed__title">Traders on the road closures, on the Morning Show</span><button>Play</button></div>
      <figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/b"><div class="kg-bookmark-content">
        <div class="kg-bookmark-title">Read more: Residents fight quarry plan</div>
        <div class="kg-bookmark-description">Neighbours say the council has not answered their questions.</div>
        <div class="kg-bookmark-metadata"><span class="kg-bookmark-author">The Bugle</span></div></div></a></figure>
    </article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe(story);
  });

  it.each([
    'The Bugle is free to read and funded by readers. Get every story in your inbox: <a href="#/portal/signup">sign up here</a>.',
    'Get the week’s council news straight to your inbox every Friday.',
  ])('removes a callout: %s', (callout) => {
    const doc = loadPage(
      `<html><body><article><p>${story}</p><div class="kg-card kg-callout-card"><div class="kg-callout-text">${callout}</div></div></article></body></html>`,
    );
    stripFurniture(doc);
    expect(flat(doc)).toBe(story);
  });

  it('keeps a sentence of the story about a scheme funded by its readers', () => {
    const line = 'The parish magazine, which is free to read, said the hall appeal had been funded by residents.';
    const doc = loadPage(`<html><body><article><p>${story}</p><p>${line}</p></article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toContain(line);
  });
});
