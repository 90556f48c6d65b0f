import { describe, expect, it } from 'vitest';
import { escapeMarkdown, safeLinkUrl } from '@/core/export/markdown-escape';
import { toMarkdown } from '@/core/export/markdown';
import { emptyExportData } from '@/core/export/types';
import { HOSTILE, annotation, article, mention, official, sampleData } from './sample-data';

const now = new Date('2025-04-01T12:00:00Z');

/** What a CommonMark renderer shows for escaped text: backslash escapes and our entities resolved. */
function rendered(md: string): string {
  return md
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Markdown constructs that would be live in the output: unescaped link/image openers and raw HTML. */
function liveConstructs(md: string): string[] {
  const found: string[] = [];
  if (/(^|[^\\])\]\(javascript:/i.test(md)) found.push('javascript link');
  if (/<script/i.test(md)) found.push('script tag');
  if (/<[a-z!/]/i.test(md)) found.push('raw HTML');
  if (/(^|[^\\])!\[/.test(md)) found.push('image');
  return found;
}

describe('escapeMarkdown', () => {
  it('renders every hostile string as itself and leaves nothing live', () => {
    for (const s of HOSTILE) {
      const md = escapeMarkdown(s);
      expect(liveConstructs(md), s).toEqual([]);
      expect(rendered(md)).toBe(s);
    }
  });

  it('escapes every character with Markdown meaning inside a line', () => {
    expect(escapeMarkdown('*a* _b_ `c` # [d](e) | f ~g~ <h> & 1. +')).toBe('\\*a\\* \\_b\\_ \\`c\\` # \\[d\\]\\(e\\) \\| f \\~g\\~ &lt;h&gt; &amp; 1. +');
  });

  it('escapes list, heading and rule markers only at the start of a line, keeping figures readable', () => {
    expect(escapeMarkdown('# not a heading\n- not a list\n+ nor this\n12. nor this\n=== nor this')).toBe(
      '\\# not a heading\n\\- not a list\n\\+ nor this\n12\\. nor this\n\\=== nor this',
    );
    expect(escapeMarkdown('A £4.2m gap in 2024-25, up 4.99% (or +3)')).toBe('A £4.2m gap in 2024-25, up 4.99% \\(or +3\\)');
  });

  it('allows only http(s) link destinations and percent-encodes characters that could end them', () => {
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeLinkUrl('not a url')).toBeNull();
    expect(safeLinkUrl('https://x.example/a_(b) c')).toBe('https://x.example/a_%28b%29%20c');
  });
});

describe('toMarkdown', () => {
  it('groups annotations under article headings with site, date and officials', () => {
    const md = toMarkdown(sampleData(), { now });
    expect(md).toContain('## [Budget gap of £4.2m, Ashcombe council warns](https://news.example/ashcombe/budget-gap)');
    expect(md).toContain('## [Leisure centre \\[closure\\] \\*delayed\\*](https://news.example/ashcombe/leisure-centre)');
    expect(md).toContain('*Ashcombe Gazette · 2025-03-10*');
    expect(md).toContain('Officials named: Olwen Pritchard (council leader), Devendra Okafor (chief executive)');
    // Newest article first.
    expect(md.indexOf('Leisure centre')).toBeLessThan(md.indexOf('Budget gap'));
    expect(md).toContain('#chase-up');
  });

  it('lists officials only on the officials line, not the other people an article names', () => {
    const data = sampleData();
    data.officials.push(official('person-ida-lowe', 'Ida Lowe', { kind: 'person', roles: ['resident'] }));
    data.mentions.push(mention('person-ida-lowe', 'https://news.example/ashcombe/leisure-centre', { date: '2025-03-10' }));
    const md = toMarkdown(data, { now });
    expect(md).toContain('Officials named: Olwen Pritchard (council leader), Devendra Okafor (chief executive)');
    expect(md).not.toContain('Ida Lowe');
  });

  it('keeps every line of a multi-line quote inside the blockquote', () => {
    const md = toMarkdown(sampleData(), { now });
    const lines = md.split('\n');
    const i = lines.findIndex((l) => l.startsWith('> Line one'));
    expect(i).toBeGreaterThan(0);
    expect(lines[i + 1]).toMatch(/^> Line two /);
    expect(rendered(lines[i + 1]?.slice(2) ?? '')).toBe(`Line two ${HOSTILE[9]}`);
  });

  it('injects no link, image or HTML from hostile titles, quotes, notes and tags', () => {
    const data = sampleData();
    const url = 'javascript:alert(1)';
    data.articles.push(article(url, { title: '<script>alert(1)</script>[x](javascript:alert(1))' }));
    for (const s of HOSTILE) data.annotations.push(annotation(url, { exact: s, note: s, tags: [s] }));
    const md = toMarkdown(data, { now });
    expect(liveConstructs(md)).toEqual([]);
    expect(md).not.toContain('](javascript:');
    // The non-http URL is shown as text, not as a link destination.
    expect(md).toContain('## &lt;script&gt;alert\\(1\\)&lt;/script&gt;\\[x\\]\\(javascript:alert\\(1\\)\\) (javascript:alert\\(1\\))');
    // Each note renders back to the original text.
    for (const s of HOSTILE.filter((h) => !h.includes('\n'))) expect(rendered(md)).toContain(s);
  });

  it('writes an empty document for no annotations', () => {
    const md = toMarkdown(emptyExportData(), { now });
    expect(md).toBe('# Council Lens notes\n\nExported 2025-04-01\n');
  });
});
