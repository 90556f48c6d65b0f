/** Invented records for export/import tests: a fictional council, its people, and hostile notes. */
import type { Annotation, HighlightColor } from '@/core/model/annotation';
import type { ArticleRecord, MentionRecord, OfficialRecord } from '@/core/model/records';
import type { ExportData } from '@/core/export/types';

/** Notes and quotes that try to break CSV, Markdown or HTML. */
export const HOSTILE = [
  '=HYPERLINK("http://x")',
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '+cmd',
  '@SUM(A1:A2)',
  '-2+3',
  '![img](http://evil.example/p.png)',
  'Comma, "quoted", and\nnew line',
  'Emoji 👍🏽 and flags 🇬🇧',
  'مجلس المدينة وافق على الميزانية',
  'המועצה אישרה את התקציב',
] as const;

export function article(id: string, over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    url: id,
    title: 'Budget gap of £4.2m, Ashcombe council warns',
    siteName: 'Ashcombe Gazette',
    byline: 'Reporter',
    publishedTime: '2025-02-03T09:30:00+00:00',
    textHash: 'a'.repeat(64),
    figures: [{ text: '£4.2m', kind: 'money', value: 4_200_000, unit: 'GBP' }],
    figureKeys: ['money:4200000:GBP'],
    officialIds: ['olwen-pritchard'],
    auto: false,
    savedAt: '2025-02-03T10:00:00.000Z',
    updatedAt: '2025-02-03T10:00:00.000Z',
    ...over,
  };
}

export function official(id: string, name: string, over: Partial<OfficialRecord> = {}): OfficialRecord {
  return { id, name, aliases: [], roles: ['council leader'], watchlistId: null, kind: 'official', updatedAt: '2025-02-03T10:00:00.000Z', ...over };
}

export function mention(officialId: string, articleId: string, over: Partial<MentionRecord> = {}): MentionRecord {
  return {
    id: `${officialId}|${articleId}`,
    officialId,
    articleId,
    forms: ['Cllr Olwen Pritchard', 'Cllr Pritchard'],
    role: 'council leader',
    count: 3,
    date: '2025-02-03T09:30:00+00:00',
    ...over,
  };
}

let counter = 0;
export function annotation(articleId: string, over: Partial<Annotation> & { exact?: string; start?: number } = {}): Annotation {
  const { exact = 'Cllr Pritchard said the gap was £4.2m', start = 120, ...rest } = over;
  counter++;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    articleId,
    url: articleId,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'At the meeting, ', suffix: ' next year.' },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
    },
    color: 'yellow' as HighlightColor,
    note: 'Check against the budget papers',
    tags: ['budget'],
    createdAt: '2025-02-03T10:05:00.000Z',
    updatedAt: '2025-02-03T10:06:00.000Z',
    ...rest,
  };
}

/** Two articles, two officials, five annotations (some hostile), a link, a watchlist entry, settings. */
export function sampleData(): ExportData {
  counter = 0; // same ids on every call, so two calls describe the same records
  const a1 = 'https://news.example/ashcombe/budget-gap';
  const a2 = 'https://news.example/ashcombe/leisure-centre';
  return {
    articles: [
      article(a1),
      article(a2, { title: 'Leisure centre [closure] *delayed*', publishedTime: '2025-03-10', officialIds: ['olwen-pritchard', 'dev-okafor'] }),
    ],
    officials: [
      official('olwen-pritchard', 'Olwen Pritchard', { aliases: ['Cllr O Pritchard'], watchlistId: 'w1' }),
      official('dev-okafor', 'Devendra Okafor', { roles: ['chief executive'] }),
    ],
    mentions: [
      mention('olwen-pritchard', a1),
      mention('olwen-pritchard', a2, { date: '2025-03-10', forms: ['Mrs Pritchard’s'] }),
      mention('dev-okafor', a2, { forms: ['chief executive Devendra Okafor'], role: 'chief executive', date: '2025-03-10' }),
    ],
    annotations: [
      annotation(a1),
      annotation(a1, { exact: 'The £4.2m gap 👍 was "unavoidable", she said', start: 300, note: HOSTILE[0], tags: ['money', 'chase up'], color: 'pink' }),
      annotation(a2, { exact: 'Okafor said the <b>centre</b> would reopen', note: `${HOSTILE[1]}\n${HOSTILE[2]}`, tags: [] }),
      annotation(a2, { exact: `Line one\nLine two ${HOSTILE[9]}`, note: HOSTILE[7], tags: ['#rtl', HOSTILE[3]], orphanedAt: '2025-03-11T08:00:00.000Z' }),
      annotation(a2, { exact: 'Pritchard: 14 jobs', note: '', tags: [HOSTILE[4]], color: 'green' }),
    ],
    links: [
      {
        id: 'link-1',
        from: { type: 'annotation', id: '00000000-0000-4000-8000-000000000001' },
        to: { type: 'article', id: a2 },
        note: 'follow-up',
        articleIds: [a1, a2],
        createdAt: '2025-03-10T12:00:00.000Z',
        updatedAt: '2025-03-10T12:00:00.000Z',
      },
    ],
    watchlist: [
      {
        id: 'w1',
        name: 'Olwen Pritchard',
        aliases: ['Cllr Pritchard'],
        role: 'Leader of the Council',
        party: 'Independent',
        ward: 'Millbrook',
        council: 'Ashcombe Borough Council',
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
      },
    ],
    settings: {
      sites: ['news.example'],
      autoRemember: true,
      categories: { official: true, person: false, figure: true, note: true },
      colors: { official: '#ffd54f', figure: '#80deea' },
    },
  };
}

/** `n` annotations spread over n/20 articles, for scale tests and the bench script. */
export function bulkData(n: number): ExportData {
  const data = sampleData();
  data.annotations = [];
  data.articles = [];
  data.mentions = [];
  for (let i = 0; i < n; i++) {
    const articleId = `https://news.example/story-${Math.floor(i / 20)}`;
    if (i % 20 === 0) {
      data.articles.push(article(articleId, { title: `Story ${i / 20}` }));
      data.mentions.push(mention('olwen-pritchard', articleId));
    }
    data.annotations.push(annotation(articleId, { note: `${HOSTILE[i % HOSTILE.length]} #${i}`, start: i }));
  }
  return data;
}
