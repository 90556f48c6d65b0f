import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS } from '@/core/model/annotation';
import { colorVariable, DEFAULT_COLORS, HIDE_ATTRIBUTE, hideAttributeValue, highlightCss } from '@/core/highlight/styles';

describe('highlightCss', () => {
  it('takes only hex colours and keywords, so a stored value cannot write CSS of its own', () => {
    const css = highlightCss({ official: 'red} body{display:none} x{', figure: '#abcdef' });
    expect(css).not.toContain('display:none');
    expect(css).toContain(`${colorVariable('figure')}: #abcdef;`);
    expect(css).toContain(`${colorVariable('official')}: ${DEFAULT_COLORS.official};`);
  });

  const css = highlightCss();

  it('never uses properties that shift text', () => {
    expect(css).not.toMatch(/(^|[\s{;])(padding|margin|border(-[a-z]+)?|width|height|display:\s*block)\s*:/m);
  });

  it('styles each category and note colour, with distinct underline styles per note colour', () => {
    expect(css).toContain('council-lens-mark[data-council-lens="official"]');
    expect(css).toContain('council-lens-mark[data-council-lens="figure"]');
    const styles = HIGHLIGHT_COLORS.map((c) => {
      const rule = css.split('\n').find((l) => l.includes(`data-council-lens-color="${c}"`)) ?? '';
      return /text-decoration-style: (\w+)/.exec(rule)?.[1];
    });
    expect(styles.every(Boolean)).toBe(true);
    expect(new Set(styles).size).toBe(HIGHLIGHT_COLORS.length);
    expect(css).toContain(':focus-visible');
  });

  it('takes colours from CSS variables that settings can override', () => {
    expect(css).toContain(`background-color: var(${colorVariable('official')})`);
    expect(highlightCss({ official: '#ffeeaa' })).toContain(`${colorVariable('official')}: #ffeeaa;`);
  });

  it('turns each category off from an attribute on <html>', () => {
    for (const kind of ['official', 'figure', 'note']) {
      expect(css).toContain(`html[${HIDE_ATTRIBUTE}~="${kind}"] council-lens-mark[data-council-lens="${kind}"]`);
    }
    expect(hideAttributeValue(['figure', 'note', 'figure'])).toBe('figure note');
  });
});
