import { describe, expect, it } from 'vitest';
import { toDossier } from '@/core/export/dossier';
import { fileNameFor, slugify } from '@/core/export/file-name';
import { sampleData } from './sample-data';

const now = new Date(2025, 3, 1, 23, 30); // local time: the file name uses the reader's day

describe('toDossier', () => {
  it('lists who the official is and every article naming them in date order', () => {
    const md = toDossier(sampleData(), { officialId: 'olwen-pritchard', now }) ?? '';
    expect(md.startsWith('# Olwen Pritchard\n')).toBe(true);
    expect(md).toContain('**Roles seen:** council leader, Leader of the Council');
    expect(md).toContain('**Also named as:** Cllr O Pritchard, Cllr Pritchard');
    expect(md).toContain('**Ward:** Millbrook');
    expect(md).toContain('## Articles (2)');
    const budget = md.indexOf('### [Budget gap');
    const leisure = md.indexOf('### [Leisure centre');
    expect(budget).toBeGreaterThan(0);
    expect(leisure).toBeGreaterThan(budget); // February before March
    expect(md).toContain('Named as: “Mrs Pritchard’s”');
  });

  it('includes only the notes that name the official', () => {
    const md = toDossier(sampleData(), { officialId: 'olwen-pritchard', now }) ?? '';
    expect(md).toContain('> Cllr Pritchard said the gap was £4.2m');
    expect(md).toContain('> Pritchard: 14 jobs');
    expect(md).not.toContain('Okafor said the');
    const okafor = toDossier(sampleData(), { officialId: 'dev-okafor', now }) ?? '';
    expect(okafor).toContain('> Okafor said the &lt;b&gt;centre&lt;/b&gt; would reopen');
    expect(okafor).not.toContain('Pritchard: 14 jobs');
  });

  it('returns null for an unknown official', () => {
    expect(toDossier(sampleData(), { officialId: 'nobody', now })).toBeNull();
  });
});

describe('fileNameFor', () => {
  it('names files by scope, local date and format', () => {
    expect(fileNameFor({ kind: 'all' }, 'backup', now)).toBe('council-lens-all-2025-04-01.json');
    expect(fileNameFor({ kind: 'filtered' }, 'csv', now)).toBe('council-lens-filtered-2025-04-01.csv');
    expect(fileNameFor({ kind: 'article', title: 'Leisure centre: £4.2m "delay"!' }, 'markdown', now)).toBe(
      'council-lens-article-leisure-centre-4-2m-delay-2025-04-01.md',
    );
    expect(fileNameFor({ kind: 'official', name: 'Siân Ní Bhriain' }, 'dossier', now)).toBe('council-lens-official-sian-ni-bhriain-2025-04-01.md');
    expect(fileNameFor({ kind: 'all' }, 'w3c', now)).toBe('council-lens-all-2025-04-01.jsonld');
  });

  it('makes safe slugs from any title', () => {
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('مجلس المدينة')).toBe('مجلس-المدينة');
    expect(slugify('***')).toBe('untitled');
    expect(slugify('x'.repeat(100))).toHaveLength(60);
  });
});
