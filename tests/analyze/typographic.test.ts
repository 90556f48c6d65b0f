/**
 * Real news sites set curly quotes and apostrophes, en dashes in tallies and ranges, and em dashes
 * between clauses; most invented fixture pages use straight marks. Every tuned page, re-set the way a
 * professional site would (one character for one, so offsets stay put), must give the same officials,
 * mentions and figures as its straight text.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/core/analyze';
import { extractArticle } from '@/core/article';
import { isNotArticle, type Analysis } from '@/core/model/analysis';
import { loadFixtures } from '@/scripts/lib/fixtures';
import { parseHtml } from '@/scripts/lib/html';
import { typeset, typesetArticle } from '@/scripts/lib/typeset';

/** What a reader sees of an analysis, with its texts typeset the same way. */
function summary(r: Analysis, set: (s: string) => string) {
  return {
    officials: r.officials.map((o) => [set(o.name), o.mentions.map((m) => [set(m.text), m.start])]),
    figures: r.figures.map((f) => [f.kind, set(f.text), f.start, f.value, f.unit]),
  };
}

describe('typographic punctuation', () => {
  it('re-sets pages one character for one', () => {
    expect(typeset(`"We can't," said Cllr O'Neill - the vote was 31-12 on £2m-£3m in the '80s.`)).toBe(
      '“We can’t,” said Cllr O’Neill — the vote was 31–12 on £2m–£3m in the ’80s.',
    );
  });

  it('finds the same officials, mentions and figures in every tuned page set with curly quotes and dashes', () => {
    let compared = 0;
    let changed = 0;
    const differ: string[] = [];
    for (const f of loadFixtures()) {
      const page = parseHtml(f.html, f.expected.url);
      const article = extractArticle(page.document, f.expected.url);
      void page.close();
      if (isNotArticle(article)) continue;
      const curly = typesetArticle(article);
      if (curly.text !== article.text) changed++;
      compared++;
      const straight = summary(analyzeArticle(article), typeset);
      const asSet = summary(analyzeArticle(curly), (s) => s);
      if (JSON.stringify(straight) !== JSON.stringify(asSet)) differ.push(f.name);
    }
    expect(compared).toBeGreaterThan(300);
    // Most pages have some quote, apostrophe or dash to re-set: the test must be testing something.
    expect(changed).toBeGreaterThan(compared * 0.8);
    expect(differ).toEqual([]);
  }, 120_000); // analyses every tuned page twice: slow when other suites share the two cores, not a timing check
});
