import { describe, expect, it } from 'vitest';
import { emptyExportData } from '@/core/export/types';
import { formatExport, titleFor } from '@/extension-pages/run-export';

describe('export titles', () => {
  const ctx = { article: { id: 'a', title: 'Budget gap widens' }, official: { id: 'o', name: 'Jane Porter' } };

  it('names the article or official only when that is what is exported', () => {
    expect(titleFor('everything', ctx)).toBe('Council Lens notes');
    expect(titleFor('filter', ctx)).toBe('Council Lens notes (filtered)');
    expect(titleFor('article', ctx)).toBe('Budget gap widens');
    expect(titleFor('official', ctx)).toBe('Council Lens notes: Jane Porter');
  });

  it('puts the title at the top of a Markdown export', () => {
    const md = formatExport(emptyExportData(), 'markdown', ctx, new Date('2026-01-02T00:00:00Z'), titleFor('everything', ctx));
    expect(md.split('\n')[0]).toBe('# Council Lens notes');
  });
});
