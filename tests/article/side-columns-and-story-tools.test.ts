// @vitest-environment happy-dom
/**
 * Stop 50, from the dev105 pages (written for tuning by helpers who saw no code; the pages here are
 * new): an old table layout's side column and classed footer cell, a row of story tools that opens
 * with "« More ... stories", a comments heading "Your say", a pull quote classed with underscores
 * ("td_pull_quote"), and New Zealand's Local Democracy Reporting note.
 */
import { describe, expect, it } from 'vitest';
import { stripFurniture } from '@/core/article';
import { loadPage } from './load-page';

const flat = (doc: Document): string => doc.body.textContent!.replace(/\s+/g, ' ').trim();
const story = 'The parish council agreed to raise allotment rents by 45% from October, by five votes to two.';

describe('furniture around a story', () => {
  it('removes a side column and a footer cell from an old table layout', () => {
    const doc = loadPage(`<html><body><table><tr>
      <td class="leftcol"><font size="1"><b>SECTIONS</b><br><a href="/c">Council</a><br><a href="/s">Schools</a><br><br>
        <b>THIS WEEK'S PAPER</b><br>On sale Thursday, price £1.40</font></td>
      <td class="maincol"><p>${story}</p></td></tr>
      <tr><td colspan="2" class="footer"><p>Valley Advertiser, 3 High Street, Abergwenlli · Tel 01970 555 0101</p></td></tr>
    </table></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe(story);
  });

  it('keeps a column classed "leftcol" that holds the story', () => {
    const doc = loadPage(
      `<html><body><table><tr><td class="leftcol"><p>${story}</p></td><td class="rightcol">Advertise with us</td></tr></table></body></html>`,
    );
    stripFurniture(doc);
    expect(flat(doc)).toBe(story);
  });

  it('removes a row of story tools, the comments heading, a pull quote and the reporting note', () => {
    const doc = loadPage(`<html><body><div class="story">
      <p>${story}</p>
      <blockquote class="td_pull_quote td_pull_center"><p>Allotments are not a luxury</p><cite>A plot holder, speaking at the meeting</cite></blockquote>
      <p><em>Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.</em></p>
      <font size="1"><a href="/news/parish">&laquo; More Parish Pump stories</a> | <a href="/letters/write">Write a letter about this story</a></font>
      <h3>Your say</h3>
    </div></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe(story);
  });
});
