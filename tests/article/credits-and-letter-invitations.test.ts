// @vitest-environment happy-dom
/**
 * Stop 50, from the dev106 pages (written for tuning by helpers who saw no code; the pages here are
 * new): an ask for tips that names the reporter ("Do you know more? Contact X at ...@..."), a wire or
 * staff credit ("With files from Ledger staff."), and the letters box under a story ("Send a letter to
 * the editor", "Letters must be under 300 words ...").
 */
import { describe, expect, it } from 'vitest';
import { stripFurniture } from '@/core/article';
import { loadPage } from './load-page';

const flat = (doc: Document): string => doc.body.textContent!.replace(/\s+/g, ' ').trim();
const story = 'The water utility asked the board to approve a 14 per cent rise over three years.';

describe('site lines under a story', () => {
  it.each([
    'Do you know more? Contact Ana Pike at newsdesk@harbouradvocate.example.',
    'With files from Ledger staff.',
    'Send a letter to the editor',
    'Letters must be under 300 words and include your name and community.',
  ])('removes %s', (line) => {
    const doc = loadPage(`<html><body><article><p>${story}</p><p><em>${line}</em></p></article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe(story);
  });

  it('keeps a sentence of the story about a letter to the editor', () => {
    const line = 'Residents were urged to send a letter to the editor of the Advance before the hearing, the mayor said.';
    const doc = loadPage(`<html><body><article><p>${story}</p><p>${line}</p></article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toContain(line);
  });
});
