// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/core/analyze';
import { highlightFindings } from '@/content/findings';
import { articleSubmission, figureKeys } from '@/messaging/submission';
import type { Analysis } from '@/core/model/analysis';

const PAGE = join(__dirname, '..', 'e2e', 'pages', 'budget-gap.html');

function loadPage(page = PAGE): Analysis {
  document.documentElement.innerHTML = readFileSync(page, 'utf8').replace(/^<!doctype html>\s*<html[^>]*>/i, '');
  const result = analyzeDocument(document, 'http://127.0.0.1:8080/budget-gap.html?utm_source=x');
  if ('kind' in result) throw new Error(result.reason);
  return result;
}

describe('highlightFindings', () => {
  it('marks officials and figures inside the article only, leaving the text unchanged', () => {
    const analysis = loadPage();
    const before = document.body.textContent;
    const { marks, unmatched } = highlightFindings(document.body, analysis);
    expect(unmatched).toBe(0);
    expect(marks.length).toBeGreaterThan(0);
    expect(document.body.textContent).toBe(before);
    for (const mark of marks) expect(mark.closest('article')).not.toBeNull();
    const officials = [...document.querySelectorAll('council-lens-mark[data-council-lens="official"]')].map((m) => m.textContent);
    expect(officials).toContain('Cllr Margaret Okafor');
    // The same name in the comments and footer is not highlighted.
    expect(document.querySelector('.comments council-lens-mark, footer council-lens-mark')).toBeNull();
  });

  it('marks the other people the article names in their own category', () => {
    const analysis = loadPage(join(__dirname, '..', 'e2e', 'pages', 'leader-responds.html'));
    highlightFindings(document.body, analysis);
    const people = [...document.querySelectorAll('council-lens-mark[data-council-lens="person"]')].map((m) => m.textContent);
    expect(analysis.people.length).toBeGreaterThan(0);
    expect(people).toEqual(analysis.people.flatMap((p) => p.mentions.map((m) => m.text)));
    // Hidden by default, so never a tab stop.
    expect(document.querySelector('council-lens-mark[data-council-lens="person"][tabindex]')).toBeNull();
  });

  it('leaves other people unmarked while their category is hidden', () => {
    const analysis = loadPage(join(__dirname, '..', 'e2e', 'pages', 'leader-responds.html'));
    highlightFindings(document.body, analysis, { people: false });
    expect(document.querySelector('council-lens-mark[data-council-lens="person"]')).toBeNull();
    expect(document.querySelector('council-lens-mark[data-council-lens="official"]')).not.toBeNull();
  });

  it('makes the first mention of each official focusable and no other', () => {
    const analysis = loadPage();
    highlightFindings(document.body, analysis);
    const focusable = document.querySelectorAll('council-lens-mark[data-council-lens="official"][tabindex="0"]');
    expect(focusable.length).toBe(analysis.officials.length);
  });
});

describe('articleSubmission', () => {
  it('carries metadata, officials with their forms and figures, but not the text', () => {
    const analysis = loadPage();
    const sub = articleSubmission({ ...analysis, textHash: '00c0ffee' }, 'id-1', 'http://127.0.0.1:8080/budget-gap.html', true);
    expect(sub.auto).toBe(true);
    // The hash comes from the worker that analysed the text; the page does not walk the text again.
    expect(sub.textHash).toBe('00c0ffee');
    expect(sub.title).toBe('Thornbury council faces £4.2m budget gap as reserves dwindle');
    expect(JSON.stringify(sub)).not.toContain('sleepwalking');
    const okafor = sub.officials.find((o) => o.name === 'Margaret Okafor');
    expect(okafor?.forms).toEqual(expect.arrayContaining(['Cllr Margaret Okafor', 'Cllr Okafor']));
    expect(sub.figures.map((f) => f.text)).toContain('£4.2 million');
    expect(new Set(figureKeys(analysis)).size).toBe(figureKeys(analysis).length);
  });
});
