import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '@/core/export/csv';
import { HOSTILE, annotation, article, mention, official, sampleData } from './sample-data';
import { emptyExportData } from '@/core/export/types';

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

const unescape = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

describe('toCsv', () => {
  it('writes a BOM, a header and one row per annotation with CRLF line ends', () => {
    const data = sampleData();
    const csv = toCsv(data);
    const rows = parse(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(data.annotations.length + 1);
    // Every record separator is CRLF: no bare LF outside quoted cells ends a row.
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(data.annotations.length);
  });

  it('round-trips notes with commas, quotes, newlines, emoji and right-to-left text', () => {
    const data = sampleData();
    const rows = parse(toCsv(data)).slice(1);
    const byQuote = new Map(rows.map((r) => [unescape(r[4] ?? ''), r]));
    for (const a of data.annotations) {
      const row = byQuote.get(a.target.quote.exact);
      expect(row, a.target.quote.exact).toBeDefined();
      expect(unescape(row?.[5] ?? '')).toBe(a.note);
      expect(row?.[6]).toBe(a.tags.join('; ').replace(/^([=+\-@])/, "'$1"));
      expect(row?.[7]).toBe(a.color);
    }
    expect(rows.some((r) => r[4]?.includes('مجلس المدينة'))).toBe(true);
    expect(rows.some((r) => r[5] === HOSTILE[7])).toBe(true);
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    for (const hostile of ['=HYPERLINK("http://x")', '+cmd', '@SUM(A1:A2)', '-2+3', '\tx', '=1+1\nsecond line']) {
      const data = { ...emptyExportData(), annotations: [annotation('https://x.example/a', { note: hostile, exact: hostile })] };
      const row = parse(toCsv(data))[1] ?? [];
      expect(row[4]).toBe(`'${hostile}`);
      expect(row[5]).toBe(`'${hostile}`);
    }
    const safe = { ...emptyExportData(), annotations: [annotation('https://x.example/a', { note: 'a = b' })] };
    expect(parse(toCsv(safe))[1]?.[5]).toBe('a = b');
  });

  it('lists the officials of the article whose name, alias or surname the quote contains', () => {
    const url = 'https://news.example/a';
    const data = {
      ...emptyExportData(),
      articles: [article(url)],
      officials: [official('p', 'Olwen Pritchard'), official('k', 'Devendra Okafor', { aliases: ['Dev Okafor'] }), official('h', 'Ruth Hall')],
      mentions: [mention('p', url), mention('k', url, { forms: [] }), mention('h', url, { forms: [] })],
      annotations: [
        annotation(url, { exact: 'Mrs Pritchard’s plan was backed by Dev Okafor' }),
        annotation(url, { exact: 'The Hallam estate is not Ms Hall' }),
        annotation(url, { exact: 'Nobody named here' }),
      ],
    };
    const rows = parse(toCsv(data)).slice(1);
    const cell = (quoteStart: string) => rows.find((r) => r[4]?.startsWith(quoteStart))?.[8];
    expect(cell('Mrs Pritchard')).toBe('Olwen Pritchard; Devendra Okafor');
    expect(cell('The Hallam')).toBe('Ruth Hall');
    expect(cell('Nobody')).toBe('');
  });
});
