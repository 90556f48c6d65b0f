import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The expected analysis of one fixture article (tests/fixtures/articles/<name>.expected.json). */
export interface ExpectedArticle {
  url: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  officials: { name: string; role: string | null; mentions: string[] }[];
  people: { name: string; mentions: string[] }[];
  figures: { text: string; kind: string; value: number | string | null; unit: string | null }[];
}

/** One fixture: its name, HTML and expected analysis. */
export interface Fixture {
  name: string;
  html: string;
  expected: ExpectedArticle;
}

/** Default fixture folder, relative to the project root. */
export const FIXTURE_DIR = 'tests/fixtures/articles';

/** Blind fixture folder: written without seeing detector code or output; errors never printed (see its README). */
const BLIND_DIR = 'tests/fixtures/blind';

/**
 * Every blind set, oldest first, each scored and printed in aggregate only. A newer set is added
 * when an older one has been printed often enough that its numbers may have steered the rules.
 */
export const BLIND_SETS = [
  { dir: BLIND_DIR, label: 'blind (written 2026-11; never looked at per page, aggregate printed many times)' },
  { dir: 'tests/fixtures/blind2', label: 'blind2 (written 2026-12-02 without sight of code or output; aggregate printed a few times)' },
  { dir: 'tests/fixtures/blind3', label: 'blind3 (written later on 2026-12-02 without sight of code or output; aggregate printed a few times)' },
  { dir: 'tests/fixtures/blind4', label: 'blind4 (written 2026-12-02, in the next session, without sight of code or output; aggregate printed a few times)' },
  { dir: 'tests/fixtures/blind5', label: 'blind5 (written 2026-12-02, in a later session, without sight of code or output; aggregate printed a few times)' },
  {
    dir: 'tests/fixtures/blind8',
    label: 'blind8 (written 2026-12-03, during stop 20, without sight of code or output; aggregate printed twice)',
  },
  {
    dir: 'tests/fixtures/blind10',
    label: 'blind10 (written 2026-12-03, at the start of stop 23, without sight of code or output; aggregate printed four or five times)',
  },
  {
    dir: 'tests/fixtures/blind17',
    label: 'blind17 (twelve pages, written 2026-12-04, at the start of stop 27, without sight of code or output; aggregate printed six times)',
  },
  {
    dir: 'tests/fixtures/blind20',
    label:
      'blind20 (twelve pages, written 2026-12-04, at the start of stop 30, without sight of code or output, gold audited by two helpers who saw neither; measured once, at the end of that stop)',
  },
  {
    dir: 'tests/fixtures/blind21',
    label:
      'blind21 (twelve pages, written 2026-12-05 in stops 32 and 33 without sight of code or output; gold of all twelve audited blind, no corrections; printed twice)',
  },
  {
    dir: 'tests/fixtures/blind25',
    label:
      'blind25 (twelve pages on topics the writers chose, written 2026-12-05 at the start of stop 36 without sight of code or output; gold audited blind, no corrections; printed once, at the end of that stop)',
  },
  {
    dir: 'tests/fixtures/blind27',
    label:
      'blind27 (twelve pages, a region given to each writer and the topics their own, written 2026-12-06 during stop 37 without sight of code or output; gold audited blind, no corrections; printed three times in that stop, after its dev56 rules, by its bench and after its review, the same aggregate each time)',
  },
  {
    dir: 'tests/fixtures/blind33',
    label:
      'blind33 (twelve pages, a region given to each writer and the topics their own, written 2026-12-06 at the start of stop 40 without sight of code or output; gold audited blind, no corrections; printed at the end of stops 40 and 41)',
  },
  {
    dir: 'tests/fixtures/blind34',
    label:
      'blind34 (twelve pages, a region given to each writer, written 2026-12-06 at the start of stop 41 without sight of code or output; gold audited blind, no corrections; printed at the end of stops 41 to 47)',
  },
  {
    dir: 'tests/fixtures/blind35',
    label:
      'blind35 (twelve pages, a region and three story types given to each writer, written 2026-12-06 at the start of stop 42 without sight of code or output; gold audited blind, no corrections; printed at the end of stops 42 to 47)',
  },
  {
    dir: 'tests/fixtures/blind36',
    label:
      'blind36 (twelve pages, a region and three story types given to each writer, written 2026-12-06 at the start of stop 44 without sight of code or output; gold audited blind, no corrections; printed at the end of stops 44, 45, 46 and 47)',
  },
  {
    dir: 'tests/fixtures/blind37',
    label:
      'blind37 (twelve pages, a region and three story types given to each writer, written 2026-12-07 at the start of stop 45 without sight of code or output; gold audited blind, no corrections; printed at the end of stops 45, 46 and 47)',
  },
  {
    dir: 'tests/fixtures/blind38',
    label:
      'blind38 (twelve pages, a region and three story types given to each writer, written 2026-12-07 at the start of stop 46 without sight of code or output; gold audited blind, small corrections to role wording and furniture lists; printed at the end of stops 46 to 53)',
  },
  {
    dir: 'tests/fixtures/blind39',
    label:
      'blind39 (twelve pages, a region and three story types given to each writer, written 2026-12-07 at the start of stop 47 without sight of code or output; gold audited blind, one role reworded; printed at the end of stops 47 to 53)',
  },
  {
    dir: 'tests/fixtures/blind40',
    label:
      'blind40 (twelve pages, a region and three story types given to each writer, written 2026-12-07 at the start of stop 48 without sight of code or output; gold audited blind, two roles reworded; printed at the end of stops 48 to 53)',
  },
  {
    dir: 'tests/fixtures/blind41',
    label:
      'blind41 (twelve pages, a region and three story types given to each writer, written 2026-12-07 at the start of stop 49 without sight of code or output; gold audited blind, nothing changed; printed at the end of stops 49 to 53)',
  },
  {
    dir: 'tests/fixtures/blind42',
    label:
      'blind42 (twelve pages, a region and three story types given to each writer, written 2026-12-07 at the start of stop 50 without sight of code or output; gold audited blind, one role and three furniture strings corrected; printed at the end of stops 50 to 53)',
  },
  {
    dir: 'tests/fixtures/blind43',
    label:
      'blind43 (twelve pages, a region and three story types given to each writer, written 2026-12-07 at the start of stop 51 without sight of code or output; gold audited blind, one role, one not-an-official string and one furniture string corrected; printed at the end of stops 51, 52 and 53)',
  },
  {
    dir: 'tests/fixtures/blind44',
    label:
      'blind44 (twelve pages, a region and three story types given to each writer, written 2026-12-07 at the start of stop 52 without sight of code or output; gold audited blind, nothing changed; printed at the end of stop 52 and of stop 53, and again by each stop’s review)',
  },
  {
    dir: 'tests/fixtures/blind45',
    label:
      'blind45 (twelve pages, a region and three story types given to each writer, written 2026-12-07 at the start of stop 53 without sight of code or output; gold audited blind, one furniture string corrected; printed at the end of stop 53, and again, unchanged, by the same stop’s review)',
  },
] as const;

/** A page that is not an article (`{ "notArticle": true }`): extraction must refuse it. */
export interface NotArticleFixture {
  name: string;
  html: string;
}

/** Every fixture page with its parsed `.expected.json`, articles and non-articles alike. */
function loadAll(dir: string): { name: string; html: string; expected: ExpectedArticle | { notArticle: true } }[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.slice(0, -'.expected.json'.length));
  return names.sort().flatMap((name) => {
    try {
      const html = readFileSync(join(dir, `${name}.html`), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as ExpectedArticle | { notArticle: true };
      return [{ name, html, expected }];
    } catch {
      return [];
    }
  });
}

/** Loads every article fixture (an `.html` page with its `.expected.json` analysis). */
export function loadFixtures(dir: string = FIXTURE_DIR): Fixture[] {
  return loadAll(dir).flatMap((f) => ('notArticle' in f.expected ? [] : [{ ...f, expected: f.expected }]));
}

/** Loads the fixture pages that are not articles. */
export function loadNotArticleFixtures(dir: string = FIXTURE_DIR): NotArticleFixture[] {
  return loadAll(dir).flatMap((f) => ('notArticle' in f.expected ? [{ name: f.name, html: f.html }] : []));
}
