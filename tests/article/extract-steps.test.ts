// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleInSteps, isNotArticle } from '@/core/article';
import { loadFixtures } from './fixtures';
import { loadPage } from './load-page';

const fixtures = loadFixtures();

describe('extractArticleInSteps', () => {
  it('gives back the thread between phases and ends with what extractArticle gives', () => {
    for (const fixture of fixtures.slice(0, 4)) {
      const url = fixture.expected.url ?? null;
      const steps = extractArticleInSteps(loadPage(fixture.html, url ?? undefined), url);
      let pauses = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) pauses++;
      const whole = extractArticle(loadPage(fixture.html, url ?? undefined), url);
      expect(step.value).toEqual(whole);
      // Copy, furniture (three passes, each after a pause), Readability, then paragraphs and metadata.
      if (!isNotArticle(whole)) expect(pauses).toBe(6);
    }
  });

  it('answers a page it cannot read with a reason, as extractArticle does', () => {
    const broken = { cloneNode: () => null } as unknown as Document;
    const steps = extractArticleInSteps(broken, null);
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(isNotArticle(step.value) && step.value.reason).toMatch(/could not be read/);
  });
});
