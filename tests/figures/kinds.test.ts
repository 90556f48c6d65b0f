import { describe, expect, it } from 'vitest';
import { groupFigures } from '@/components/popup/figure-groups';
import { toCsv } from '@/core/export/csv';
import { toMarkdown } from '@/core/export/markdown';
import { toWebAnnotationCollection } from '@/core/export/web-annotation';
import { backupFileSchema } from '@/core/import/backup-schema';
import { FIGURE_KINDS, FIGURE_KIND_NAMES, describeFigure, figureKind, type FigureKind } from '@/core/model/figure-kinds';
import type { StoredFigure } from '@/core/model/records';
import { loadFixtures } from '@/scripts/lib/fixtures';
import { annotation, article } from '../export/sample-data';

/** One valid figure of every kind. Typed by kind, so a kind added to the registry fails to compile here until it has one. */
const SAMPLES: Record<FigureKind, StoredFigure> = {
  money: { text: '£180,000-a-year', kind: 'money', value: 180000, unit: 'GBP/year' },
  percent: { text: '4.99%', kind: 'percent', value: 4.99, unit: '%' },
  vote: { text: '31-12 with four abstentions', kind: 'vote', value: '31-12-4', unit: 'votes' },
  date: { text: '28 February', kind: 'date', value: '2025-02-28', unit: null },
  year: { text: '2024/25', kind: 'year', value: '2024/25', unit: 'financial-year' },
  decade: { text: '1970s', kind: 'decade', value: 1970, unit: null },
  count: { text: '4,500-strong', kind: 'count', value: 4500, unit: 'staff' },
  measure: { text: '500 sq ft', kind: 'measure', value: 500, unit: 'square foot' },
  duration: { text: 'five-and-a-half years', kind: 'duration', value: 5.5, unit: 'year' },
  age: { text: 'aged 44', kind: 'age', value: 44, unit: 'year' },
};

const backupWith = (figures: StoredFigure[]) => ({
  format: 'council-lens-backup',
  version: 1,
  exportedAt: '2025-04-01T12:00:00.000Z',
  data: { articles: [article('https://news.example/a', { figures })], officials: [], mentions: [], annotations: [], links: [], watchlist: [], settings: null },
});

describe('the figure-kind registry', () => {
  it('lists each kind once, with a label, a heading and a formatter that reads its sample', () => {
    expect(new Set(FIGURE_KIND_NAMES).size).toBe(FIGURE_KINDS.length);
    expect(Object.keys(SAMPLES).sort()).toEqual([...FIGURE_KIND_NAMES].sort());
    for (const k of FIGURE_KINDS) {
      expect(k.label).toMatch(/^\p{Lu}/u);
      expect(k.heading).toMatch(/^\p{Lu}/u);
      const s = SAMPLES[k.kind];
      expect(k.valid(s.value, s.unit), k.kind).toBe(true);
      expect(k.format(s.value!, s.unit).length, k.kind).toBeGreaterThan(0);
    }
  });

  it('formats the new kinds for people', () => {
    expect(describeFigure(SAMPLES.vote)).toBe('Vote: 31 for, 12 against, 4 abstentions');
    expect(describeFigure(SAMPLES.age)).toBe('Age: 44 years old');
    expect(describeFigure(SAMPLES.decade)).toBe('Decade: the 1970s');
    expect(describeFigure(SAMPLES.measure)).toBe('Measure: 500 square feet');
    expect(describeFigure(SAMPLES.duration)).toBe('Duration: 5.5 years');
    expect(describeFigure(SAMPLES.money)).toBe('Money: £180,000 per year');
  });

  it('the backup schema accepts a figure of every kind', () => {
    expect(backupFileSchema.safeParse(backupWith(Object.values(SAMPLES))).success).toBe(true);
  });

  it('the backup schema refuses an unknown kind or a value that does not fit the kind', () => {
    expect(backupFileSchema.safeParse(backupWith([{ ...SAMPLES.count, kind: 'weight' as FigureKind }])).success).toBe(false);
    expect(backupFileSchema.safeParse(backupWith([{ ...SAMPLES.vote, value: 'six to three' }])).success).toBe(false);
    expect(backupFileSchema.safeParse(backupWith([{ ...SAMPLES.measure, unit: 'furlong' }])).success).toBe(false);
  });

  it('every gold figure of the tuned fixtures is valid for its kind', () => {
    for (const f of loadFixtures()) {
      for (const g of f.expected.figures) expect(figureKind(g.kind)?.valid(g.value, g.unit), `${f.name}: ${g.text}`).toBe(true);
    }
  });

  it('the popup groups every kind, in registry order, with values', () => {
    const groups = groupFigures([...Object.values(SAMPLES)].reverse());
    expect(groups.map((g) => g.kind)).toEqual(FIGURE_KIND_NAMES);
    expect(groups.find((g) => g.kind === 'vote')?.items).toEqual([{ text: '31-12 with four abstentions', value: '31 for, 12 against, 4 abstentions' }]);
  });

  it('every export shows the kind and value of every kind', () => {
    const figures = Object.values(SAMPLES);
    const a = article('https://news.example/a', { figures });
    const quote = figures.map((f) => f.text).join(' and ');
    const data = { articles: [a], officials: [], mentions: [], annotations: [annotation(a.id, { exact: quote })], links: [], watchlist: [], settings: null };
    const now = new Date('2025-04-01T12:00:00Z');
    const csv = toCsv(data);
    const md = toMarkdown(data, { now });
    const w3c = JSON.stringify(toWebAnnotationCollection(data, { now, includeAutomatic: true }));
    for (const f of figures) {
      const said = describeFigure(f);
      expect(csv, f.kind).toContain(said);
      expect(md.replace(/\\/g, ''), f.kind).toContain(said);
      expect(w3c, f.kind).toContain(said);
    }
  });
});
