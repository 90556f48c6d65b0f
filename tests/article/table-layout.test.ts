// @vitest-environment happy-dom
/**
 * An old table layout's furniture (stop 49, from a held dev98 page; the page here is new): a deck in
 * the row under the headline's own cell, and a side box pointing to the paper's legal notices. A story
 * that opens in the next row, and a sentence about notices, stay.
 */
import { describe, expect, it } from 'vitest';
import { stripFurniture } from '@/core/article';
import { loadPage } from './load-page';

const story = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i + 1} tells how the water board met on Tuesday night and voted on the rate rise residents had opposed.</p>`,
).join('');
const text = (rows: string): string => {
  const doc = loadPage(`<html><body><table><tr><td>
    <table>${rows}</table><div class="storytext">${story}</div>
    <font size="2"><b>PUBLIC NOTICES</b><br><a href="/notices/">See this week's notices</a></font>
  </td></tr></table></body></html>`);
  stripFurniture(doc);
  return doc.body.textContent!.replace(/\s+/g, ' ').trim();
};

describe('an old table layout', () => {
  it('drops the deck in the row under the headline, and the notices box', () => {
    const out = text(`<tr><td><h1>Water rates to rise 6%</h1></td></tr><tr><td><font><i>Board says the $4 million plant cannot wait</i></font></td></tr>`);
    expect(out).not.toContain('$4 million');
    expect(out).not.toContain('notices');
    expect(out).toContain('Paragraph 1 tells');
  });

  it('keeps a row under the headline that is a sentence, and a sentence about notices', () => {
    const out = text(`<tr><td><h1>Water rates to rise 6%</h1></td></tr><tr><td>The Holt Water Board voted 4-1 on Tuesday.</td></tr>`);
    expect(out).toContain('voted 4-1');
    const doc = loadPage(`<html><body><article><p>Public notices see little use, the clerk said.</p>${story}</article></body></html>`);
    stripFurniture(doc);
    expect(doc.body.textContent).toContain('Public notices see little use');
  });
});

describe('a story’s tags', () => {
  it('drops a "Tags:" line and keeps a sentence that mentions tags', () => {
    const doc = loadPage(
      `<html><body><article>${story}<p class="tagsline"><b>Tags:</b> <a href="/t/a">Marchwood</a>, <a href="/t/b">Election 2026</a></p><p>Tags: the council said, are cheap.</p></article></body></html>`,
    );
    stripFurniture(doc);
    expect(doc.body.textContent).not.toContain('Election 2026');
    expect(doc.body.textContent).toContain('Tags: the council said');
  });
});

describe('an old layout’s tools and ad paragraphs', () => {
  it('drops a bar-set row of tools and a paragraph whose only text is an ad label', () => {
    const doc = loadPage(
      `<html><body><article>${story}<p class="adbreak"><a href="/ads/1"><img src="/ads/1.gif" alt="Ad"></a><br><font size="1">ADVERTISEMENT</font></p><p class="tools"><a href="/e">E-mail this story</a> | <a href="/p">Printer-friendly version</a> | <a href="/l">Write a letter to the editor</a></p></article></body></html>`,
    );
    stripFurniture(doc);
    expect(doc.body.textContent).not.toMatch(/ADVERTISEMENT|E-mail this story|letter to the editor/);
    expect(doc.body.textContent).toContain('Paragraph 6 tells');
  });
});
