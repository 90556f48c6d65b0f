// @vitest-environment happy-dom
/** A page's visible date line, read when nothing else on the page gives its publication time. */
import { describe, expect, it } from 'vitest';
import { dateFromLine } from '@/core/article/date-line';
import { findPublishedTime } from '@/core/article';
import { closePage, loadPage } from './load-page';

describe('a visible date line', () => {
  it.each([
    ['Published 21st May 2026, 08:00 BST', '2026-05-21T07:00:00.000Z'],
    ['May 21, 2026 8:05 p.m. EDT', '2026-05-22T00:05:00.000Z'],
    ['Published: 06:05, 05 November 2026', '2026-11-05T06:05:00.000Z'],
    ['Oct. 8, 2026', '2026-10-08T00:00:00.000Z'],
  ])('%s', (line, iso) => {
    expect(dateFromLine(line)).toBe(iso);
  });

  it('is no date without a whole date, or in a paragraph of prose', () => {
    expect(dateFromLine('Updated 8:10 am')).toBeNull();
    expect(dateFromLine('3 Mayors 2026')).toBeNull();
    expect(dateFromLine(`The council met on 21 May 2026 ${'and talked about the budget at length '.repeat(3)}`)).toBeNull();
  });

  it('gives the publication time only when no meta tag, JSON-LD or <time> does', () => {
    const bare = loadPage('<html><body><div class="article__byline-date"><span>Published 21st May 2026, 08:00 BST</span></div></body></html>');
    expect(findPublishedTime(bare)).toBe('2026-05-21T07:00:00.000Z');
    void closePage(bare);
    const meta = loadPage(
      '<html><head><meta property="article:published_time" content="2026-05-20T10:00:00Z"></head><body><div class="date">Published 21st May 2026, 08:00 BST</div></body></html>',
    );
    expect(findPublishedTime(meta)).toBe('2026-05-20T10:00:00.000Z');
    void closePage(meta);
  });
});
