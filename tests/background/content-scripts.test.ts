import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_SCRIPT_ID,
  contentScriptRegistration,
  permittedPatterns,
  syncContentScripts,
} from '@/background/content-scripts';
import { isTabAction, MENU_ITEMS } from '@/background/context-menus';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('content script registration', () => {
  it('describes the WXT content script bundle', () => {
    expect(contentScriptRegistration(['*://a.example/*'])).toMatchObject({
      id: CONTENT_SCRIPT_ID,
      matches: ['*://a.example/*'],
      js: ['content-scripts/content.js'],
    });
  });

  it('keeps only the patterns the extension may access', async () => {
    const granted = new Set(['*://*.a.example/*', '*://a.example/*']);
    const patterns = await permittedPatterns(['a.example', 'b.example'], async ([o]) => granted.has(o!));
    expect(patterns).toEqual(['*://*.a.example/*', '*://a.example/*']);
  });

  it('replaces an earlier registration, serialising overlapping syncs', async () => {
    const registered: string[][] = [];
    let current: { id: string }[] = [];
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => true);
    fakeBrowser.scripting.getRegisteredContentScripts = vi.fn(async () => current) as never;
    fakeBrowser.scripting.unregisterContentScripts = vi.fn(async () => {
      if (current.length === 0) throw new Error('nothing to unregister');
      current = [];
    }) as never;
    fakeBrowser.scripting.registerContentScripts = vi.fn(async (scripts: { id: string; matches: string[] }[]) => {
      if (current.length > 0) throw new Error('Duplicate script ID');
      current = scripts;
      registered.push(scripts[0]!.matches);
    }) as never;

    await Promise.all([syncContentScripts(['a.example']), syncContentScripts(['b.example'])]);
    expect(registered).toEqual([
      ['*://*.a.example/*', '*://a.example/*'],
      ['*://*.b.example/*', '*://b.example/*'],
    ]);
    await syncContentScripts([]);
    expect(current).toEqual([]);
  });
});

describe('menu items and commands', () => {
  it('offers the two actions under the command ids', () => {
    expect(MENU_ITEMS.map((m) => [m.id, m.contexts[0]])).toEqual([
      ['analyse-page', 'page'],
      ['highlight-selection', 'selection'],
    ]);
    expect(isTabAction('analyse-page')).toBe(true);
    expect(isTabAction('other')).toBe(false);
  });
});
