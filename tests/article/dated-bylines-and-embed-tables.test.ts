// @vitest-environment happy-dom
/**
 * Stop 51, from the dev109 pages (written for tuning by helpers who saw no code; the pages here are
 * new): a byline with its posting date after a bar, set in the story's own cell ("By X | Posted:
 * Thursday, 12 August 2027, 6:15 p.m."), a social post embedded as a table classed "fb-embed", a tools
 * row with "Send to a friend", and the Irish and New Zealand local democracy reporting notes.
 */
import { describe, expect, it } from 'vitest';
import { stripFurniture } from '@/core/article';
import { loadPage } from './load-page';

const flat = (doc: Document): string => doc.body.textContent!.replace(/\s+/g, ' ').trim();
const story = 'The community board chair resigned on Wednesday, citing the council’s treatment of the harbour.';

describe('lines and boxes in an old table layout', () => {
  it.each(['By <b>Ana Pike</b> | Posted: Thursday, 12 August 2027, 6:15 p.m.', 'By Ana Pike • Updated 3 March 2026, 09:14'])(
    'removes the dated byline %s',
    (line) => {
      const doc = loadPage(`<html><body><table><tr><td><font size="2">${line}</font></td></tr><tr><td><p>${story}</p></td></tr></table></body></html>`);
      stripFurniture(doc);
      expect(flat(doc)).toBe(story);
    },
  );

  it('keeps a sentence that opens with "By" and a date', () => {
    const line = 'By Thursday, 12 August 2027, the board must name a new chair.';
    const doc = loadPage(`<html><body><article><p>${story}</p><p>${line}</p></article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toContain(line);
  });

  it('removes a Facebook post embedded as a table', () => {
    const doc = loadPage(`<html><body><article><p>${story}</p>
      <table class="fb-embed"><tr><td><b>Akeake Residents</b> posted on Facebook:<br>"Gutted to hear the news."</td></tr></table></article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe(story);
  });

  it.each([
    'Printer friendly version | Send to a friend | Write a letter to the Editor',
    'This article was produced by the Local Democracy Reporting Scheme, funded by Coimisiún na Meán.',
    'LDR is local body journalism co-funded by RNZ and NZ On Air.',
  ])('removes the site line %s', (line) => {
    const doc = loadPage(`<html><body><article><p>${story}</p><p>${line}</p></article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe(story);
  });
});
