// @vitest-environment happy-dom
/**
 * Stop 47, from the dev91 pages (written for tuning by helpers who saw no code; the pages here are
 * new): a "Chip in from £3 a month" appeal, a `<font>` of related links set by `<br>`, and a
 * headline set in the story's own table cell with its deck under it.
 */
import { describe, expect, it } from 'vitest';
import { stripFurniture } from '@/core/article';
import { dropRepeatedHeadline } from '@/core/article/repeated-headline';
import { loadPage } from './load-page';

const flat = (doc: Document): string => doc.body.textContent!.replace(/\s+/g, ' ').trim();

describe('page furniture', () => {
  it('removes an appeal to chip in a price a month', () => {
    const doc = loadPage(`<html><body><article>
      <p>The town council elected its new mayor on Thursday night.</p>
      <div class="callout"><div>The Voice is run by volunteers. <a href="/s">Chip in from £3 a month</a> to keep it going.</div></div>
    </article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe('The town council elected its new mayor on Thursday night.');
  });

  it('removes a <font> that is a list of links, and keeps one of prose', () => {
    const doc = loadPage(`<html><body><table><tr><td>
      <font size="2">The township council voted to dock the councillor's pay for 30 days.</font>
      <font size="2"><b>Related Stories:</b><br>&raquo; <a href="/a">Resident files complaint against councillor</a><br>&raquo; <a href="/b">Draft budget holds increase to 3.9 per cent</a></font>
    </td></tr></table></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe("The township council voted to dock the councillor's pay for 30 days.");
  });
});

describe('old table layouts and site lines', () => {
  it('removes a caption set beside its picture in a table cell, and a row of share actions', () => {
    const doc = loadPage(`<html><body><table><tr><td>
      <h1>Councillor loses 30 days' pay</h1>
      <table><tr><td><img src="x.jpg"><br><font class="cutline">The township office on Main Road. (Times file photo)</font></td></tr></table>
      <font size="1"><a href="/e">E-mail this story</a> | <a href="/p">Printer-friendly version</a> | <a href="/f">Share on Facebook</a></font>
      <p>The township council voted 3-1 on Tuesday to dock the councillor's pay.</p>
    </td></tr></table></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe("Councillor loses 30 days' pay The township council voted 3-1 on Tuesday to dock the councillor's pay.");
  });

  it('removes a reporter\'s contact line with an Irish surname, and an "ALSO ONLINE:" link', () => {
    const doc = loadPage(`<html><body><article>
      <p>The commissioners voted 5-1 to award the contract.</p>
      <p><b>ALSO ONLINE:</b> <a href="/r">Complete results: city council and township races</a></p>
      <p>Contact Kevin O'Shaughnessy at kos@example-lantern.com or follow him on X @KOSLantern.</p>
    </article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe('The commissioners voted 5-1 to award the contract.');
  });
});

describe("a React site's test ids", () => {
  it('name a standfirst as plainly as a class does', () => {
    const doc = loadPage(`<html><body><article>
      <p class="text-lg mt-2" data-testid="story-standfirst">Budget passes on the night a finding against a councillor is tabled</p>
      <p>The shire council adopted its budget on Tuesday night.</p>
    </article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe('The shire council adopted its budget on Tuesday night.');
  });
});

describe('site lines from dev93', () => {
  it('removes "ALSO IN THE ...:" links, service and partnership credits, a beat note with a phone number, and a related list\'s heading', () => {
    const doc = loadPage(`<html><body><article>
      <p>The county commission voted 2-1 to put the sales tax on the ballot.</p>
      <p><b>ALSO IN THE LEDGER:</b> <a href="/a">Jail tour draws big crowd</a></p>
      <p>This article was produced by the Local Democracy Reporting Service, which is funded by the BBC.</p>
      <p>This story is shared through the High Plains News Exchange, a partnership of rural newspapers.</p>
      <p>Dana Voss covers county government for the Ledger. Reach her at 785-555-0199.</p>
      <h3>Related stories</h3>
    </article></body></html>`);
    stripFurniture(doc);
    expect(flat(doc)).toBe('The county commission voted 2-1 to put the sales tax on the ballot.');
  });
});

describe('dropRepeatedHeadline', () => {
  const title = 'Commissioners award bridge contract';
  it('drops a first block that repeats the title, and a deck after it', () => {
    expect(dropRepeatedHeadline([title, 'Watchdog calls the process anything but open', 'The board voted 5-1.'], title)).toEqual(['The board voted 5-1.']);
  });
  it('keeps a sentence after the repeated headline', () => {
    expect(dropRepeatedHeadline([title, 'The board voted 5-1.', 'More.'], title)).toEqual(['The board voted 5-1.', 'More.']);
  });
  it('keeps everything when the first block is not the title', () => {
    expect(dropRepeatedHeadline(['The board voted 5-1.', 'More.'], title)).toEqual(['The board voted 5-1.', 'More.']);
  });
});
