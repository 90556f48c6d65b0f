import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_ID, contentScriptRegistration, permittedPatterns, syncContentScripts } from '@/background/content-scripts';
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

describe('pages opened before the registration is in place', () => {
  it('get the script once registration completes: loaded tabs at once, loading tabs when they finish, never twice', async () => {
    const { contentMessaging } = await import('@/messaging/protocol');
    const { injectIntoOpenTabs } = await import('@/background/content-scripts');
    const running = new Set([3]); // tab 3 already runs the script (registered or injected earlier)
    const tabs = [
      { id: 1, status: 'complete', url: 'https://a.example/news/1' },
      { id: 2, status: 'loading', url: 'https://a.example/news/2' },
      { id: 3, status: 'complete', url: 'https://a.example/news/3' },
      { id: 4, status: 'complete', url: 'https://a.example/news/4', discarded: true },
    ];
    const queried: unknown[] = [];
    fakeBrowser.tabs.query = vi.fn(async (q: unknown) => {
      queried.push(q);
      return tabs;
    }) as never;
    fakeBrowser.tabs.get = vi.fn(async (id: number) => tabs.find((t) => t.id === id)) as never;
    vi.spyOn(contentMessaging, 'sendMessage').mockImplementation((async (_name: string, _data: unknown, tabId: number) => {
      if (!running.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { status: 'article' };
    }) as never);
    const injectedInto: number[] = [];
    fakeBrowser.scripting.executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
      injectedInto.push(target.tabId);
      running.add(target.tabId);
      return [];
    }) as never;

    const done = injectIntoOpenTabs(['*://a.example/*']);
    await new Promise((r) => setTimeout(r, 20));
    expect(injectedInto).toEqual([1]); // tab 2 is still loading
    tabs[1]!.status = 'complete';
    await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'complete' }, tabs[1] as never);
    expect((await done).sort()).toEqual([1, 2]);
    expect(injectedInto.sort()).toEqual([1, 2]);
    expect(queried).toEqual([{ url: ['*://a.example/*'] }]);
    // A second pass (the browser starting again) finds every tab running and injects nothing.
    expect(await injectIntoOpenTabs(['*://a.example/*'])).toEqual([]);
  });

  it('a new registration reaches the tabs that were opened while it was pending', async () => {
    const { contentMessaging } = await import('@/messaging/protocol');
    let registered = false;
    let release!: () => void;
    const pendingRegistration = new Promise<void>((r) => (release = r));
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => true);
    fakeBrowser.scripting.getRegisteredContentScripts = vi.fn(async () => []) as never;
    fakeBrowser.scripting.registerContentScripts = vi.fn(async () => {
      await pendingRegistration;
      registered = true;
    }) as never;
    const opened = [{ id: 7, status: 'complete', url: 'https://b.example/story' }];
    fakeBrowser.tabs.query = vi.fn(async () => opened) as never;
    vi.spyOn(contentMessaging, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const injectedInto: number[] = [];
    fakeBrowser.scripting.executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
      expect(registered).toBe(true);
      injectedInto.push(target.tabId);
      return [];
    }) as never;

    const sync = syncContentScripts(['b.example']);
    await new Promise((r) => setTimeout(r, 10));
    expect(injectedInto).toEqual([]); // the page loaded during the gap has nothing yet
    release();
    await sync;
    await vi.waitFor(() => expect(injectedInto).toEqual([7]));
  });
});
