// @vitest-environment happy-dom
/**
 * Stop 52, from a dev110 page (written for tuning by a helper who saw no code; the page here is new):
 * an old comments table whose cells give the commenter's bold name, "wrote:" and the comment on one
 * line, under a "Readers' comments" heading and a "Have your say (6) | More ... stories" row.
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
