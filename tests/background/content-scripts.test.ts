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

  it('registers, updates in place, leaves an unchanged registration alone, and unregisters', async () => {
    const calls: string[] = [];
    let current: { id: string; matches: string[] }[] = [];
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => true);
    fakeBrowser.scripting.getRegisteredContentScripts = vi.fn(async () => current) as never;
    fakeBrowser.scripting.unregisterContentScripts = vi.fn(async () => {
      if (current.length === 0) throw new Error('nothing to unregister');
      calls.push('unregister');
      current = [];
    }) as never;
    fakeBrowser.scripting.registerContentScripts = vi.fn(async (scripts: { id: string; matches: string[] }[]) => {
      if (current.length > 0) throw new Error('Duplicate script ID');
      calls.push(`register ${scripts[0]!.matches[1]}`);
      current = scripts;
    }) as never;
    fakeBrowser.scripting.updateContentScripts = vi.fn(async (scripts: { id: string; matches: string[] }[]) => {
      if (current.length === 0) throw new Error('nothing to update');
      calls.push(`update ${scripts[0]!.matches[1]}`);
      current = scripts;
    }) as never;

    // Overlapping syncs (start-up and a settings change) run one after the other.
    await Promise.all([syncContentScripts(['a.example']), syncContentScripts(['b.example'])]);
    // A worker restart with the same sites must not open a gap without the script.
    await syncContentScripts(['b.example']);
    await syncContentScripts([]);
    expect(calls).toEqual(['register *://a.example/*', 'update *://b.example/*', 'unregister']);
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
