// @vitest-environment happy-dom
/**
 * Checks the gold standard itself against the extracted text, so a fixture edit that forgets to
 * update its expected mentions fails here rather than skewing accuracy benchmarks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FIGURE_KIND_NAMES, figureKind } from '@/core/model/figure-kinds';
import { isNotArticle } from '@/core/article';
import { loadFixtures } from './fixtures';
import { extractPage } from './load-page';

const articles = loadFixtures().filter((f) => !f.expected.notArticle);

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe.each(articles.map((f) => [f.slug, f] as const))('gold standard for %s', (_slug, fixture) => {
  // Extracted when the page's checks run, in a window closed straight after, so pages never pile up.
  let text = '';
  beforeAll(async () => {
    const result = await extractPage(fixture.html, fixture.expected.url);
    text = isNotArticle(result) ? '' : result.text;
  });
  const everyone = [...fixture.expected.officials, ...fixture.expected.people];

  it('lists every occurrence of each surname as a mention', () => {
    // Organisations and places named after people ("Mehta's Pharmacy") are listed as not-officials.
    const mentions = everyone.flatMap((p) => p.mentions);
    const named = fixture.expected.notOfficials.filter((s) => !mentions.some((m) => m.includes(s)));
    const blanked = named.sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join(' '), text);
    // People who share a surname (a couple, two Cllrs Patel, "Pike" in "Bellweather-Pike") share its count.
    const surnames = new Set(everyone.map((p) => p.name.split(' ').pop()!));
    for (const surname of surnames) {
      const listed = everyone.flatMap((p) => p.mentions).filter((m) => m.includes(surname)).length;
      expect(count(blanked, surname), surname).toBe(listed);
    }
  });

  it('never lists a not-official string as an official mention', () => {
    const officialMentions = new Set(fixture.expected.officials.flatMap((p) => p.mentions));
    for (const s of fixture.expected.notOfficials) expect(officialMentions.has(s), s).toBe(false);
  });

  it('uses only the registered figure kinds, with values and units valid for each', () => {
    for (const f of fixture.expected.figures) {
      expect(FIGURE_KIND_NAMES as string[]).toContain(f.kind);
      expect(figureKind(f.kind)?.valid(f.value, f.unit), f.text).toBe(true);
    }
  });
});
