/**
 * Invented reading-room data for benchmarks and the demo: articles from several local titles over
 * the months, naming councillors of an invented council in changing roles, with figures (some
 * shared between stories, a budget gap that grows) and the reader's notes and tags. Runs in an
 * extension page (passed to `page.evaluate`), so it is self-contained and writes straight into
 * the Dexie-created stores.
 */

/** How much to write. */
export interface SeedSize {
  articles: number;
  notes: number;
  /** The first article's date; the articles are spread a day and a half apart. */
  start: string;
}

/** Writes the records into the extension's database; resolves when the transaction commits. */
export async function seedReadingRoom(size: SeedSize): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('council-lens');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const people = [
    ['Margaret Okafor', 'leader of the council', 'cabinet member for finance'],
    ['Tom Hale', 'cabinet member for housing', 'deputy leader'],
    ['Rita Obi', 'chair of the planning committee', 'chair of the planning committee'],
    ['Dev Malhotra', 'opposition leader', 'leader of the Liberal Democrat group'],
    ['Grace Whitfield', 'chief executive', 'chief executive'],
    ['Owen Fenwick', 'director of finance', 'section 151 officer'],
    ['Sana Qureshi', 'ward councillor for Millbrook', 'cabinet member for children'],
    ['Peter Lund', 'mayor', 'mayor'],
  ] as const;
  const sites = ['Wessex Gazette', 'Borsetshire Echo', 'Millbrook Advertiser', 'The Carrow Courier'];
  const topics = ['budget gap', 'library closures', 'bin collections', 'housing plan', 'council tax', 'bus routes', 'youth services'];
  const day = (i: number) => new Date(Date.parse(size.start) + i * 36 * 3_600_000).toISOString();
  const slug = (n: string) => n.toLowerCase().replace(/[^a-z]+/g, '-');
  const tx = db.transaction(['articles', 'annotations', 'officials', 'mentions'], 'readwrite');
  for (const [name, role] of people) {
    tx.objectStore('officials').put({ id: slug(name), name, aliases: [], roles: [role], watchlistId: null, kind: 'official', updatedAt: day(0) });
  }
  const articleFigures: { text: string; kind: string; value: number; unit: string }[][] = [];
  for (let i = 0; i < size.articles; i++) {
    const id = `https://news${i % sites.length}.example/${slug(topics[i % topics.length]!)}-${i}`;
    const gap = 4.2 + Math.floor(i / 6) * 0.3;
    const figures = [
      { text: `£${gap.toFixed(1)}m`, kind: 'money', value: Math.round(gap * 1e6), unit: 'GBP' },
      { text: '4.99%', kind: 'percent', value: 4.99, unit: '%' },
      { text: `${40 + (i % 9) * 5} jobs`, kind: 'count', value: 40 + (i % 9) * 5, unit: 'jobs' },
    ];
    articleFigures.push(figures);
    const named = [people[i % people.length]!, people[(i + 3) % people.length]!, people[(i * 5 + 1) % people.length]!];
    tx.objectStore('articles').put({
      id,
      url: id,
      title: `${topics[i % topics.length]![0]!.toUpperCase()}${topics[i % topics.length]!.slice(1)}: ${named[0]![0]} answers questions (${i})`,
      siteName: sites[i % sites.length],
      byline: null,
      publishedTime: day(i),
      textHash: String(i),
      figures,
      figureKeys: figures.map((f) => `${f.kind}:${f.value}:${f.unit}`),
      officialIds: [...new Set(named.map(([n]) => slug(n)))],
      auto: true,
      savedAt: day(i),
      updatedAt: day(i),
    });
    for (const [name, early, late] of new Set(named)) {
      tx.objectStore('mentions').put({
        id: `${slug(name)}|${id}`,
        officialId: slug(name),
        articleId: id,
        forms: [name, `Cllr ${name.split(' ')[1]}`],
        role: i < size.articles / 2 ? early : late,
        count: 2,
        date: day(i),
      });
    }
  }
  for (let i = 0; i < size.notes; i++) {
    const a = i % size.articles;
    const id = `https://news${a % sites.length}.example/${slug(topics[a % topics.length]!)}-${a}`;
    const figure = articleFigures[a]![0]!;
    const person = people[a % people.length]![0];
    const exact =
      i % 4 === 0
        ? `${person} said the gap had reached ${figure.text} and every department would be asked to look again`
        : `Quote ${i} about the ${topics[i % topics.length]} and the ward ${i % 40} consultation`;
    tx.objectStore('annotations').put({
      id: `note-${i}`,
      articleId: id,
      url: id,
      target: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: exact.length } },
      color: ['yellow', 'green', 'blue', 'pink', 'orange'][i % 5],
      note: i % 3 === 0 ? `Chase the finance director about item ${i}` : '',
      tags: i % 4 === 0 ? ['budget gap'] : i % 5 === 0 ? ['follow-up'] : [topics[i % topics.length]!.split(' ')[0]!],
      createdAt: day(a + (i % 3)),
      updatedAt: day(a + (i % 3)),
    });
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
