/** Test helper: the article fixtures in tests/fixtures/articles with their expected answers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'articles');

export interface ExpectedPerson {
  name: string;
  role?: string | null;
  mentions: string[];
}

export interface ExpectedArticle {
  notArticle?: boolean;
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  officials: ExpectedPerson[];
  people: ExpectedPerson[];
  notOfficials: string[];
  figures: { text: string; kind: string; value: number | string | null; unit: string | null }[];
  furniture: string[];
}

export interface Fixture {
  slug: string;
  html: string;
  expected: ExpectedArticle;
}

/** Every `<slug>.html` with its `<slug>.expected.json`. */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const slug = file.replace(/\.html$/, '');
      return {
        slug,
        html: readFileSync(join(FIXTURE_DIR, file), 'utf8'),
        expected: JSON.parse(readFileSync(join(FIXTURE_DIR, `${slug}.expected.json`), 'utf8')) as ExpectedArticle,
      };
    });
}
