import { describe, expect, it } from 'vitest';
import { isListedSite, matchPatterns, normaliseSite } from '@/core/settings/site-match';
import { DEFAULT_SETTINGS, DEFAULT_SITES, E2E_SITES, mergeSettings } from '@/core/settings/defaults';
import { manifestHostPermissions, manifestOptionalHostPermissions } from '@/core/settings/host-permissions';

describe('site matching', () => {
  const sites = ['wessexgazette.co.uk', '127.0.0.1'];

  it('matches the host and its subdomains, on any port, over http(s) only', () => {
    expect(isListedSite('https://wessexgazette.co.uk/news/1', sites)).toBe(true);
    expect(isListedSite('https://www.wessexgazette.co.uk/news/1', sites)).toBe(true);
    expect(isListedSite('http://live.news.wessexgazette.co.uk:8080/x', sites)).toBe(true);
    expect(isListedSite('http://127.0.0.1:43123/article.html', sites)).toBe(true);
    expect(isListedSite('https://notwessexgazette.co.uk/', sites)).toBe(false);
    expect(isListedSite('https://wessexgazette.co.uk.evil.example/', sites)).toBe(false);
    expect(isListedSite('file:///wessexgazette.co.uk/a', sites)).toBe(false);
    expect(isListedSite('not a url', sites)).toBe(false);
  });

  it('matches entries stored as typed, not only bare hosts', () => {
    const typed = ['https://www.Riverside-Herald.example/news', '*.patch.example'];
    expect(isListedSite('https://riverside-herald.example/story', typed)).toBe(true);
    expect(isListedSite('https://east.patch.example/story', typed)).toBe(true);
    expect(isListedSite('https://herald.example/story', typed)).toBe(false);
  });

  it('normalises what a reader types', () => {
    expect(normaliseSite('https://www.Example.co.uk:8080/news?x=1')).toBe('example.co.uk');
    expect(normaliseSite('*.patch.com')).toBe('patch.com');
    expect(normaliseSite('  ')).toBeNull();
    expect(normaliseSite('not a host!')).toBeNull();
  });

  it('builds match patterns without ports, and no wildcard for IPs or localhost', () => {
    expect(matchPatterns(['https://www.example.com/', 'example.com', '127.0.0.1', 'localhost', '??'])).toEqual([
      '*://*.example.com/*',
      '*://example.com/*',
      '*://127.0.0.1/*',
      '*://localhost/*',
    ]);
  });
});

describe('defaults and manifest permissions', () => {
  it('lists about thirty UK and US local news sites, all valid hosts', () => {
    expect(DEFAULT_SITES.length).toBeGreaterThanOrEqual(25);
    for (const s of DEFAULT_SITES) expect(normaliseSite(s)).toBe(s);
    expect(DEFAULT_SETTINGS.sites).toEqual([...DEFAULT_SITES, ...E2E_SITES]);
    expect(E2E_SITES).toEqual([]); // __E2E_SITES__ is not defined under Vitest
  });

  it('derives host permissions from the default sites plus extra ones', () => {
    const perms = manifestHostPermissions(['127.0.0.1']);
    expect(perms).toContain('*://*.bbc.co.uk/*');
    expect(perms).toContain('*://bbc.co.uk/*');
    expect(perms).toContain('*://127.0.0.1/*');
    expect(perms).toHaveLength(DEFAULT_SITES.length * 2 + 1);
    expect(manifestOptionalHostPermissions()).toEqual(['*://*/*']);
  });

  it('merges stored settings over defaults without sharing objects', () => {
    const merged = mergeSettings({ colors: { official: 'red', figure: 'blue' } });
    merged.categories.note = false;
    expect(DEFAULT_SETTINGS.categories.note).toBe(true);
    expect(merged.sites).toEqual(DEFAULT_SETTINGS.sites);
    expect(merged.colors.official).toBe('red');
  });
});
