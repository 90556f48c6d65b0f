// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FigureChart, labelledPoints } from '@/components/dashboard/figure-chart';
import { MonthBars } from '@/components/dashboard/month-bars';
import { timeScale, valueScale } from '@/components/dashboard/time-scale';
import type { FigureSeries } from '@/core/model/reading-room';
import { button, click, mount } from './render';

const ref = (id: string, url = `https://gazette.example/${id}`) => ({ id, url, title: `Story ${id}`, siteName: 'Wessex Gazette', publishedTime: null });

const gap: FigureSeries = {
  id: 'tag:budget gap|money|GBP',
  label: 'budget gap',
  kind: 'money',
  unit: 'GBP',
  basis: 'tag',
  points: [
    { article: ref('a'), date: '2024-01-05T09:00:00.000Z', text: '£4.2m', value: 4_200_000, unit: 'GBP' },
    { article: ref('b', 'javascript:alert(1)'), date: '2024-02-05T09:00:00.000Z', text: '£5m', value: 5_000_000, unit: 'GBP' },
    { article: ref('c'), date: '2024-04-02T09:00:00.000Z', text: '£6.1m', value: 6_100_000, unit: 'GBP' },
  ],
};

describe('the dashboard charts', () => {
  it('draws a month per bar with its count as text, and switches to a table of the same numbers', () => {
    const months = [
      { month: '2024-01', articles: [ref('a'), ref('b')] },
      { month: '2024-02', articles: [] },
      { month: '2024-03', articles: [ref('c')] },
    ];
    const root = mount(<MonthBars months={months} name="Priya Anand" />);
    expect(root.querySelectorAll('rect.bar')).toHaveLength(3);
    expect([...root.querySelectorAll('.bar-value')].map((t) => t.textContent)).toEqual(['2', '1']);
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toContain('3 articles from Jan 2024 to Mar 2024; most in Jan 2024 (2)');
    click(button(root, 'Table'));
    expect(root.querySelector('svg')).toBeNull();
    const rows = [...root.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Jan 2024', '2', 'Story a; Story b'],
      ['Feb 2024', '0', ''],
      ['Mar 2024', '1', 'Story c'],
    ]);
    expect(button(root, 'Table').getAttribute('aria-pressed')).toBe('true');
  });

  it('links every point with a web address to its article, and writes the figures as text', () => {
    const root = mount(<FigureChart series={gap} />);
    const links = [...root.querySelectorAll('svg a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://gazette.example/a', 'https://gazette.example/c']);
    expect(links[0]!.getAttribute('aria-label')).toBe('£4.2m (£4,200,000) on 5 Jan 2024: Story a');
    // The javascript: address is drawn but not linked.
    expect(root.querySelectorAll('svg [role=img]')).toHaveLength(1);
    expect([...root.querySelectorAll('.point-label')].map((t) => t.textContent)).toEqual(['£4.2m', '£5m', '£6.1m']);
    expect(root.querySelector('path.series-line')!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+ L/);
    click(button(root, 'Table'));
    expect([...root.querySelectorAll('tbody tr')].map((r) => r.children[2]!.textContent)).toEqual(['£4,200,000', '£5,000,000', '£6,100,000']);
    expect(root.querySelectorAll('tbody a')).toHaveLength(2);
  });

  it('labels points only where the labels do not overlap, always the latest', () => {
    expect([...labelledPoints([0, 10, 70, 100, 150])].sort((a, b) => a - b)).toEqual([0, 2, 4]);
    expect([...labelledPoints([0, 60, 80])].sort((a, b) => a - b)).toEqual([0, 2]);
    expect([...labelledPoints([])]).toEqual([]);
  });

  it('scales dates and values onto the chart, a single one to the middle', () => {
    const x = timeScale(['2024-01-01', '2024-01-11'], 0, 100);
    expect(x('2024-01-06')).toBeCloseTo(50);
    expect(timeScale(['2024-01-01'], 0, 100)('2024-01-01')).toBe(50);
    const y = valueScale([0, 10], 0, 100);
    expect(y(10)).toBe(0);
    expect(y(0)).toBe(100);
  });
});
