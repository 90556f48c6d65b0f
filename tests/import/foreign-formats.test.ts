import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toWebAnnotationJson } from '@/core/export/web-annotation';
import { cleanSourceUrl } from '@/core/import/clean-url';
import { parseImportFile, type ParsedImport } from '@/core/import/parse-import-file';
import { importFile } from '@/storage/backup';
import { sampleData } from '../export/sample-data';
import { freshDb } from './db-helpers';

const dir = join(__dirname, '../fixtures/imports');
const now = new Date('2025-04-01T00:00:00Z');
const read = (f: string) => readFileSync(join(dir, f), 'utf8');
function parsed(text: string, name = 'file.json'): ParsedImport {
  const r = parseImportFile(text, name, now);
  if ('error' in r) throw new Error(r.error);
  return r;
}

describe('Hypothesis export', () => {
  const db = freshDb();
  afterAll(() => db.delete());

  it('imports quoted annotations as notes on minimal articles', () => {
    const r = parsed(read('hypothesis-export.json'));
    expect(r.kind).toBe('hypothesis');
    expect(r.warnings).toEqual(['Skipped annotation [2]: no TextQuoteSelector (a page note or a reply).']);
    expect(r.data.annotations).toHaveLength(3);
    const page = 'https://news.example/brackenford/parking-charges';
    const first = r.data.annotations.find((a) => a.target.quote.exact.startsWith('Cllr Kemi Adeyemi'));
    expect(first).toMatchObject({
      articleId: page,
      note: 'Is this the **same** £1.2m from the 2023/24 budget?',
      tags: ['parking', 'budget'],
      color: 'yellow',
      createdAt: '2025-03-02T09:00:00.000Z',
      updatedAt: '2025-03-03T08:30:00.000Z',
      target: {
        quote: { prefix: 'of the environment committee. ', suffix: ', money she said would go to' },
        position: { start: 412, end: 470 },
      },
    });
    const noPosition = r.data.annotations.find((a) => a.target.quote.exact.includes('🚗'));
    expect(noPosition?.target.position).toEqual({ type: 'TextPositionSelector', start: 0, end: 0 });
    expect(r.data.articles.map((a) => [a.id, a.title, a.auto, a.textHash])).toEqual([
      [page, 'Parking charges to rise in Brackenford', false, ''],
      ['https://other.example/news/brackenford-leader-resigns', 'Brackenford leader resigns', false, ''],
    ]);
    expect(r.data.articles[0]?.savedAt).toBe('2025-03-02T09:00:00.000Z');
  });

  it('gives the same ids on every import, so a second import adds nothing', async () => {
    const text = read('hypothesis-export.json');
    expect(parsed(text).data.annotations.map((a) => a.id)).toEqual(parsed(text).data.annotations.map((a) => a.id));
    const first = await importFile(db, text, 'h.json', 'merge', { now });
    const second = await importFile(db, text, 'h.json', 'merge', { now });
    expect(first.ok && first.counts.annotations.added).toBe(3);
    expect(second.ok && second.counts.annotations).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await db.annotations.count()).toBe(3);
    expect(await db.articles.count()).toBe(2);
  });
});

describe('W3C Web Annotation import', () => {
  it('reads a collection from another tool, following refinedBy and skipping page-level annotations', () => {
    const r = parsed(read('w3c-collection.jsonld'), 'c.jsonld');
    expect(r.kind).toBe('w3c');
    expect(r.warnings).toEqual(['Skipped annotation first.items[2]: no TextQuoteSelector (it does not point at a passage of text).']);
    const [a, b] = r.data.annotations;
    expect(a).toMatchObject({ note: "Compare with last year's figure", tags: ['budget'], createdAt: '2025-03-02T08:00:00.000Z' });
    expect(a?.target.quote).toEqual({ type: 'TextQuoteSelector', exact: 'raise £1.2m a year', prefix: 'would ', suffix: ', money' });
    expect(b?.id).toBe('1b4e28ba-2fa1-41d2-883f-0016d3cca427');
    expect(b).toMatchObject({ note: '', tags: [], target: { position: { start: 500, end: 520 } } });
  });

  it('round-trips its own export: ids, quotes, notes, tags, colours and dates', () => {
    const data = sampleData();
    const r = parsed(toWebAnnotationJson(data, { now, includeAutomatic: true }), 'x.jsonld');
    const automatic = data.mentions.length + data.articles.reduce((n, a) => n + a.figures.length, 0);
    expect(r.warnings).toEqual([`${automatic} automatic highlights (officials and figures) not imported: the extension finds them again.`]);
    const pick = (a: (typeof data.annotations)[number]) => [a.id, a.target.quote, a.note, a.tags, a.color, a.createdAt, a.updatedAt];
    expect(r.data.annotations.map(pick)).toEqual(data.annotations.map(pick));
  });

  it('accepts a single Annotation, a list of Annotations and an AnnotationPage', () => {
    const collection = JSON.parse(toWebAnnotationJson(sampleData(), { now }));
    const items = collection.first.items;
    expect(parsed(JSON.stringify(items[0])).data.annotations).toHaveLength(1);
    expect(parsed(JSON.stringify(items)).data.annotations).toHaveLength(items.length);
    expect(parsed(JSON.stringify({ type: 'AnnotationPage', items })).data.annotations).toHaveLength(items.length);
  });

  it('rejects a target that is not a web page, naming the annotation', () => {
    const one = JSON.parse(toWebAnnotationJson(sampleData(), { now })).first.items[0];
    one.target.source = 'file:///home/me/notes.html';
    expect(parseImportFile(JSON.stringify([one]), 'x.jsonld', now)).toEqual({
      error: 'x.jsonld cannot be imported:\n[0]: the annotated page is not an http(s) web address',
    });
  });
});

describe('cleanSourceUrl', () => {
  it('drops tracking parameters and the fragment, keeps meaningful parameters', () => {
    expect(cleanSourceUrl('https://news.example/a?utm_source=x&id=5&fbclid=abc#top')).toBe('https://news.example/a?id=5');
    expect(cleanSourceUrl('https://news.example/a?gclid=1')).toBe('https://news.example/a');
    expect(cleanSourceUrl('javascript:alert(1)')).toBeNull();
    expect(cleanSourceUrl('not a url')).toBeNull();
  });
});
