import { describe, expect, it } from 'vitest';
import { codePointLength, codePointToUtf16Offset, utf16ToCodePointOffset } from '@/core/code-points';
import { emptyExportData } from '@/core/export/types';
import { ANNO_CONTEXT, toWebAnnotationCollection } from '@/core/export/web-annotation';
import { annotation, sampleData } from './sample-data';

const now = new Date('2025-04-01T12:00:00Z');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD is walked freely in assertions
type Json = Record<string, any>;

const UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('W3C Web Annotation export', () => {
  it('writes an AnnotationCollection with the required fields of the W3C model', () => {
    const data = sampleData();
    const c: Json = toWebAnnotationCollection(data, { now });
    expect(c['@context']).toBe(ANNO_CONTEXT);
    expect(c.type).toBe('AnnotationCollection');
    expect(c.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(typeof c.label).toBe('string');
    expect(c.total).toBe(data.annotations.length);
    expect(c.first.type).toBe('AnnotationPage');
    expect(c.first.items).toHaveLength(data.annotations.length);
    for (const [i, item] of (c.first.items as Json[]).entries()) {
      const a = data.annotations[i]!;
      expect(item['@context']).toBe(ANNO_CONTEXT);
      expect(item.id).toBe(`urn:uuid:${a.id}`);
      expect(item.type).toBe('Annotation');
      expect(item.motivation).toBe(a.note ? 'commenting' : 'highlighting');
      expect(item.created).toMatch(UTC);
      expect(item.modified).toMatch(UTC);
      expect(item.target.source).toBe(a.url);
      const [quote, position] = item.target.selector as Json[];
      expect(quote).toEqual(a.target.quote);
      expect(position?.type).toBe('TextPositionSelector');
      const bodies = (item.body ?? []) as Json[];
      const notes = bodies.filter((b) => b.purpose === 'commenting');
      expect(notes.map((b) => b.value)).toEqual(a.note ? [a.note] : []);
      expect(bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(a.tags);
      for (const b of bodies) expect(b).toMatchObject({ type: 'TextualBody', format: 'text/plain' });
    }
  });

  it('normalises timestamps with offsets to UTC ending in Z', () => {
    const data = { ...emptyExportData(), annotations: [annotation('https://x.example/', { createdAt: '2025-02-03T11:00:00+01:00' })] };
    const item: Json = toWebAnnotationCollection(data, { now }).first as Json;
    expect(item.items[0].created).toBe('2025-02-03T10:00:00.000Z');
  });

  it('counts positions in code points, exactly when the page text is known', () => {
    const page = 'Intro 👋🏽 text. The £4.2m gap 👍 was big.';
    const exact = 'The £4.2m gap 👍 was big';
    const start = page.indexOf(exact);
    const a = annotation('https://x.example/', { exact, start });
    expect(a.target.position.end - a.target.position.start).toBe(exact.length);
    const data = { ...emptyExportData(), annotations: [a] };
    const exactPos = (toWebAnnotationCollection(data, { now, pageText: () => page }).first as Json).items[0].target.selector[1];
    expect(exactPos.start).toBe([...page.slice(0, start)].length);
    expect(exactPos.end).toBe([...page.slice(0, start)].length + [...exact].length);
    expect(exactPos.end - exactPos.start).toBe(exact.length - 1); // one emoji: two units, one code point
    // Without the page text the span length is still in code points.
    const approx = (toWebAnnotationCollection(data, { now }).first as Json).items[0].target.selector[1];
    expect(approx.end - approx.start).toBe([...exact].length);
  });

  it('uses the code-point position taken when the annotation was made', () => {
    const a = annotation('https://x.example/', { exact: 'gap 👍 was', start: 20 });
    a.target.codePoints = { start: 17, end: 26 };
    const data = { ...emptyExportData(), annotations: [a] };
    const pos = (toWebAnnotationCollection(data, { now }).first as Json).items[0].target.selector[1];
    expect(pos).toMatchObject({ type: 'TextPositionSelector', start: 17, end: 26 });
  });

  it('includes automatic official highlights as identifying annotations only when asked', () => {
    const data = sampleData();
    expect((toWebAnnotationCollection(data, { now }).first as Json).items).toHaveLength(data.annotations.length);
    const c: Json = toWebAnnotationCollection(data, { now, includeAutomatic: true });
    const auto = (c.first.items as Json[]).filter((i) => i.motivation === 'identifying');
    expect(auto).toHaveLength(data.mentions.length);
    const figures = data.articles.flatMap((a) => a.figures);
    expect(c.total).toBe(data.annotations.length + data.mentions.length + figures.length);
    expect(auto[2]?.body).toEqual({ type: 'TextualBody', value: 'Devendra Okafor (chief executive)', format: 'text/plain', purpose: 'identifying' });
    expect(auto[2]?.target).toEqual({ source: 'https://news.example/ashcombe/leisure-centre' });
  });

  it('includes figures with their kind and normalised value as classifying annotations', () => {
    const data = sampleData();
    data.articles[0]!.figures = [
      { text: '31-12 with four abstentions', kind: 'vote', value: '31-12-4', unit: 'votes' },
      { text: '£4.2m', kind: 'money', value: 4_200_000, unit: 'GBP' },
    ];
    const c: Json = toWebAnnotationCollection(data, { now, includeAutomatic: true });
    const figures = (c.first.items as Json[]).filter((i) => i.motivation === 'classifying' && i.target.source === data.articles[0]!.url);
    expect(figures.map((f) => [f.target.selector.exact, f.body.value])).toEqual([
      ['31-12 with four abstentions', 'Vote: 31 for, 12 against, 4 abstentions'],
      ['£4.2m', 'Money: £4,200,000'],
    ]);
  });
});

describe('code points', () => {
  it('converts between UTF-16 and code-point offsets', () => {
    const s = 'a😀b🇬🇧c';
    expect(codePointLength(s)).toBe([...s].length);
    expect(utf16ToCodePointOffset(s, 3)).toBe(2);
    expect(codePointToUtf16Offset(s, 2)).toBe(3);
    expect(codePointToUtf16Offset(s, utf16ToCodePointOffset(s, s.length))).toBe(s.length);
    expect(codePointLength('\ud800x')).toBe(2); // a lone surrogate counts as one
  });
});
