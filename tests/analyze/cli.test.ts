import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures/articles';
const fixture = (name: string): string => join(FIXTURES, `${name}.html`);
const expectedOf = (name: string) => JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));
/** Runs the analyze command as `npm run analyze` does (the bundled build, rebuilt if stale) and captures its output. */
function analyze(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['scripts/cli/analyze.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const OUTPUT_KEYS = ['url', 'title', 'byline', 'siteName', 'publishedTime', 'text', 'officials', 'people', 'figures'];
const tmp = (): string => mkdtempSync(join(tmpdir(), 'analyze-cli-'));

/** Checks the documented shape and that every offset points at its text. */
function expectWellFormed(out: Record<string, unknown>): void {
  expect(Object.keys(out)).toEqual(OUTPUT_KEYS);
  const text = out.text as string;
  for (const group of ['officials', 'people'] as const) {
    for (const p of out[group] as { name: string; role: unknown; mentions: { text: string; start: number; end: number }[] }[]) {
      expect(Object.keys(p)).toEqual(['name', 'role', 'mentions']);
      for (const m of p.mentions) {
        expect(Object.keys(m)).toEqual(['text', 'start', 'end']);
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  }
  for (const f of out.figures as { text: string; start: number; end: number }[]) {
    expect(Object.keys(f)).toEqual(['text', 'kind', 'value', 'unit', 'start', 'end']);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  }
}

describe('analyze command', { timeout: 120_000 }, () => {
  const name = 'harfield-council-tax-rise';

  it('prints one JSON object for one HTML file, with consistent offsets', () => {
    const r = analyze(fixture(name));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expectWellFormed(out);
    const expected = expectedOf(name);
    expect(out.title).toBe(expected.title);
    expect(out.publishedTime?.slice(0, 10)).toBe(expected.publishedTime.slice(0, 10));
    const figureTexts = out.figures.map((f: { text: string }) => f.text);
    for (const f of expected.figures) expect(figureTexts).toContain(f.text);
    expect(out.officials.length).toBeGreaterThan(0);
  });

  it('uses --url as the page address', () => {
    // The page's own canonical link is a path, so it resolves against the address given.
    const out = JSON.parse(analyze('--url', 'https://news.example/story-1', fixture(name)).stdout);
    expect(new URL(out.url).host).toBe('news.example');
    const without = JSON.parse(analyze(fixture(name)).stdout);
    expect(without.url).toBe(expectedOf(name).url);
  });

  it('refuses --url with several inputs', () => {
    const r = analyze('--url', 'https://news.example/a', fixture(name), fixture('birchley-chief-executive-to-leave'));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--url/);
  });

  it('prints an array for several inputs and writes files with --out', () => {
    const names = [name, 'marlow-springs-property-tax-vote'];
    const list = analyze(...names.map(fixture));
    expect(list.code).toBe(0);
    const outputs = JSON.parse(list.stdout);
    expect(outputs).toHaveLength(2);
    outputs.forEach(expectWellFormed);

    const dir = join(tmp(), 'out');
    const written = analyze('--out', dir, ...names.map(fixture));
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(names.map((n) => `${n}.json`).sort());
    expect(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'))).toEqual(outputs[0]);
  });

  it('reports a missing or unsupported file on stderr, exits non-zero, and still processes the rest', () => {
    const dir = tmp();
    const pdf = join(dir, 'minutes.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const r = analyze(join(dir, 'missing.html'), fixture(name), pdf);
    expect(r.code).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/missing\.html: cannot read/);
    expect(lines[1]).toMatch(/minutes\.pdf: unsupported file type/);
    const outputs = JSON.parse(r.stdout);
    expect(outputs).toHaveLength(1);
    expect(outputs[0].title).toBe(expectedOf(name).title);
  });

  it('reports a page that is not an article', () => {
    const dir = tmp();
    const page = join(dir, 'login.html');
    writeFileSync(
      page,
      '<html><head><title>Sign in</title></head><body><form><label>Email <input name="e"></label><button>Sign in</button></form></body></html>',
    );
    const r = analyze(page);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/login\.html: not an article: \S/);
    expect(r.stdout).toBe('');
  });

  it('analyses a plain-text file', () => {
    const dir = tmp();
    const file = join(dir, 'story.txt');
    const body = 'Cllr Jane Holloway, leader of Westford Council, said the £3.5m plan would create 120 jobs.\n\nCllr Holloway said work would start in 2025.';
    writeFileSync(file, body);
    const r = analyze(file);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expectWellFormed(out);
    expect(out.figures.map((f: { text: string }) => f.text)).toEqual(['£3.5m', '120 jobs', '2025']);
    const names = out.officials.map((o: { name: string }) => o.name);
    expect(names).toContain('Jane Holloway');
  });

  it('takes a watchlist and rejects an invalid one', () => {
    const dir = tmp();
    const file = join(dir, 'story.txt');
    writeFileSync(file, 'Residents led by Marion Tate handed in a petition.\n\nMarion Tate said the consultation was a sham.');
    const list = join(dir, 'watchlist.json');
    writeFileSync(list, JSON.stringify([{ id: 'w1', name: 'Marion Tate', role: 'councillor', council: 'Westford Council' }]));
    const withList = JSON.parse(analyze('--watchlist', list, file).stdout);
    const all = [...withList.officials, ...withList.people].map((p: { name: string }) => p.name);
    expect(all).toContain('Marion Tate');
    expect(withList.officials.map((p: { name: string }) => p.name)).toContain('Marion Tate');

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ name: 'No Id' }]));
    const r = analyze('--watchlist', bad, file);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/bad\.json: invalid watchlist/);
  });
});
