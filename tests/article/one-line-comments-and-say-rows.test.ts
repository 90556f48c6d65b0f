// @vitest-environment happy-dom
/**
 * Stop 52, from a dev110 page (written for tuning by a helper who saw no code; the page here is new):
 * an old comments table whose cells give the commenter's bold name, "wrote:" and the comment on one
 * line, under a "Readers' comments" heading and a "Have your say (6) | More ... stories" row; and, from
 * the dev111 pages, comments listed as names and what they wrote, a writer's job in lower case, and
 * notes on who paid for the reporting or shares it, and an ask for readers' stories.
 */
import { describe, expect, it } from 'vitest';
import { stripFurniture } from '@/core/article';
import { loadPage } from './load-page';

const flat = (doc: Document): string => doc.body.textContent!.replace(/\s+/g, ' ').trim();
const story = 'The parish council agreed to write to the county by four votes to three.';

describe('comments written on one line', () => {
  it('removes the comment cells, their heading and the row that links to them', () => {
    const doc = loadPage(`<html><body><table><tr><td>
      <div class="story"><p>${story}</p></div>
      <p><font size="1"><a href="?id=1#c">Have your say (6)</a> | <a href="/s">More Parish News stories</a></font></p>
      <table>
        <tr><td><font size="2"><b>Readers' comments</b></font></td></tr>
        <tr><td><font size="1"><b>Harbourside</b> wrote: Sorry to see Alan go. He did the job well.</font></td></tr>
        <tr><td><font size="1"><b>J.R., Holmby</b> wrote: Good luck to the new chairman.</font></td></tr>
      </table>
    </td></tr></table></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe(story);
  });

  it.each([
    // No name set apart: the story's own sentence.
    'Mr Lund wrote: the hall would need a new roof within five years.',
    // A bold word that does not open the paragraph.
    'In a letter, <b>the clerk</b> wrote: the hall would need a new roof.',
  ])('keeps a story paragraph that says what someone wrote: %s', (line) => {
    const doc = loadPage(`<html><body><article><p>${story}</p><p>${line}</p></article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toContain('wrote:');
  });
});

describe('a comments box for subscribers', () => {
  it('removes its heading and its note', () => {
    const doc = loadPage(
      `<html><body><article><p>${story}</p><div class="cm"><h3>Comments</h3><p>Comments are available to subscribers only.</p></div></article></body></html>`,
    );
    stripFurniture(doc);
    expect(flat(doc)).toBe(story);
  });
});

describe('comments as a list of names and what they wrote', () => {
  it('removes each name line and the comment under it', () => {
    const doc = loadPage(`<html><body><article><p>${story}</p>
      <dl><dt><font size="2"><b>Quarry Lane neighbour</b> wrote:</font></dt><dd><font size="2">Thanks to all who stayed to the end.</font></dd>
      <dt><font size="2"><b>ridge_runner</b> wrote:</font></dt><dd><font size="2">Closer vote than I thought.</font></dd></dl></article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe(story);
  });
});

describe('a commenter’s name line with nothing after it', () => {
  it('removes it too', () => {
    const doc = loadPage(`<html><body><article><p>${story}</p><div class="c"><p><b>Quarry Lane neighbour</b> wrote:</p></div></article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe(story);
  });
});

describe('lines about the writer and the reporting', () => {
  it.each([
    'Holmby Weekly correspondent',
    'Ann Lowe covers schools for The Holmby Herald. This story was produced with support from the Coast Civic Reporting Fund.',
    'This story was made possible by a grant from the Valley Journalism Trust.',
    'This story is shared with other members of the Hill Country News Exchange.',
    'Have you been affected by the changes? Email newsdesk@holmbyherald.example',
  ])('removes "%s"', (line) => {
    const doc = loadPage(`<html><body><article><p>${story}</p><p><i>${line}</i></p></article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe(story);
  });

  it('keeps a story sentence about a grant', () => {
    const line = 'The new library was funded with support from the lottery, the council said.';
    const doc = loadPage(`<html><body><article><p>${story}</p><p>${line}</p></article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toContain(line);
  });
});

describe('the site’s lines inside a story’s table cell', () => {
  it('removes a byline cell’s job and date lines, its tools row and a comments cell', () => {
    const doc = loadPage(`<html><body><table><tr><td>
      <font size="5"><b>Board adopts new school boundaries</b></font><br>
      <font size="2"><b>By Ann Lowe</b><br>Staff Writer<br>Posted: Friday, November 20, 2026 8:15 AM EST</font><br>
      <font size="1"><a href="/p">Print this story</a> | <a href="/e">Email this story</a> | <a href="/s">Share on Facebook</a></font>
    </td></tr><tr><td><p>${story}</p></td></tr><tr><td>
      <font size="2"><b>Reader Comments (2)</b></font><br>
      <font size="2"><b>hillmum22</b> wrote:<br>We moved here for the school.</font><br><br>
      <font size="2"><b>J. Lowry</b> wrote:<br>Who pays for the buses?</font><br><br>
      <font size="1"><a href="/c">Post a comment</a> &middot; Comments are moderated and may take up to 24 hours to appear.</font>
    </td></tr></table><h3>Other news from the district</h3></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe(`Board adopts new school boundaries ${story}`);
  });

  it('keeps a line of the story set in its own font between breaks', () => {
    const line = 'The vote was 6-2, with one abstention.';
    const doc = loadPage(`<html><body><table><tr><td><font>${story}</font><br><font>${line}</font></td></tr></table></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe(`${story}${line}`);
  });
});
