// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/background/handlers';
import { hashText } from '@/core/text-hash';
import type { OpenedPage } from '@/messaging/protocol';
import type { CouncilLensDb } from '@/storage/db';
import { putSettings } from '@/storage/settings';
import { annotation, freshDb, NOW } from '../storage/fixtures';

let db: CouncilLensDb;
afterEach(() => db?.close());

const A = 'https://www.town-post.example/news/gap-to-close?utm_source=x';
const ID = 'https://www.town-post.example/news/gap-to-close';
const BODY = [
  'Cllr Ann Lee said the £4.2m gap in the council budget would close by March 2027, after the cabinet agreed a plan of savings.',
  'Tom Bird, a resident of the town for thirty years, said it would not, and that the savings fell hardest on the libraries.',
  'The plan goes to the full council next month, where the opposition has promised to move an amendment to protect the libraries.',
  'Officers said the reserves would cover any shortfall in the first year while the savings are made across every department.',
  'The council has already cut its spending on agency staff and sold two buildings it no longer uses, and it expects more sales to follow.',
];
const HTML =
  '<html lang="en"><head><title>Gap to close - Town Post</title><meta property="og:site_name" content="Town Post"></head>' +
  `<body><nav><a href="/">Home</a></nav><article><h1>Gap to close</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

async function setup(sites: string[]) {
  db = freshDb();
  await putSettings(db, { sites });
  return createHandlers(db, () => NOW);
}

function pageOf(opened: OpenedPage) {
  if (!opened.page) throw new Error('the page was not read');
  return opened.page;
}

describe('openPage', () => {
  it('on a listed site reads the page, answers its article without the paragraph list, remembers it and brings its notes', async () => {
    const h = await setup(['town-post.example']);
    await h.saveAnnotation({
      annotation: annotation('n1', ID),
      article: { id: ID, url: ID, title: null, siteName: null, byline: null, publishedTime: null, textHash: 'x', officials: [], figures: [], auto: false },
    });
    const opened = await h.openPage({ html: HTML, url: A, force: false });
    expect(opened.listed).toBe(true);
    expect(opened.settings.sites).toEqual(['town-post.example']);
    const { reading, context, problems } = pageOf(opened);
    if ('kind' in reading) throw new Error(reading.reason);
    expect(reading.text).toBe(BODY.join('\n\n'));
    expect(reading).not.toHaveProperty('paragraphs');
    expect(reading.title).toBe('Gap to close');
    expect(reading.officials.map((p) => p.name)).toEqual(['Ann Lee']);
    expect(reading.people.map((p) => p.name)).toEqual(['Tom Bird']);
    expect(reading.figures.map((f) => f.text)).toEqual(['£4.2m', 'March 2027', 'thirty years', 'two buildings']);
    expect(reading.textHash).toBe(hashText(reading.text));
    expect(problems).toEqual([]);
    expect(context?.annotations.map((x) => x.id)).toEqual(['n1']);
    const stored = await db.articles.get(ID);
    expect(stored?.title).toBe('Gap to close');
    expect(stored?.textHash).toBe(reading.textHash);
    expect(context?.officialIds).toHaveLength(1);
  });

  it('on a site that is not listed answers the settings only, until the reader asks; then reads without remembering', async () => {
    const h = await setup(['other-paper.example']);
    const quiet = await h.openPage({ html: HTML, url: A, force: false });
    expect(quiet).toEqual({ settings: expect.objectContaining({ sites: ['other-paper.example'] }), listed: false });
    const asked = pageOf(await h.openPage({ html: HTML, url: A, force: true }));
    expect('kind' in asked.reading).toBe(false);
    expect(asked.context?.article).toBeNull();
    expect(await db.articles.count()).toBe(0);
  });

  it('does not remember when the reader keeps articles only by hand, and says why a page is not an article', async () => {
    const h = await setup(['town-post.example']);
    await putSettings(db, { autoRemember: false });
    expect('kind' in pageOf(await h.openPage({ html: HTML, url: A, force: false })).reading).toBe(false);
    const home = pageOf(await h.openPage({ html: '<html><body><ul><li><a href="/a">A story</a></li></ul></body></html>', url: A, force: false }));
    expect(home.reading).toMatchObject({ kind: 'not-article', reason: expect.stringMatching(/no article body|too little running text/i) });
    expect(await db.articles.count()).toBe(0);
  });

  it('reads pages through the reader it was given (Chrome’s offscreen document)', async () => {
    db = freshDb();
    const seen: string[] = [];
    const h = createHandlers(
      db,
      () => NOW,
      undefined,
      async (html, url) => {
        seen.push(url);
        return { kind: 'not-article', reason: `read ${html.length} characters elsewhere` };
      },
    );
    const { reading } = pageOf(await h.openPage({ html: '<p>x</p>', url: A, force: true }));
    expect(reading).toEqual({ kind: 'not-article', reason: 'read 8 characters elsewhere' });
    expect(seen).toEqual([A]);
  });

  it('keeps the reading when the notes cannot be read, and says what failed', async () => {
    const h = await setup(['town-post.example']);
    // A table that cannot be read stands for a storage failure after the reading.
    const annotations = db.annotations;
    Object.defineProperty(db, 'annotations', {
      get: () => {
        throw new Error('disk full');
      },
      configurable: true,
    });
    const { reading, context, problems } = pageOf(await h.openPage({ html: HTML, url: A, force: false }));
    Object.defineProperty(db, 'annotations', { value: annotations, configurable: true });
    expect('kind' in reading).toBe(false);
    expect(context).toBeNull();
    expect(problems).toEqual([expect.stringMatching(/^Could not load your notes for this page: /)]);
  });
});
