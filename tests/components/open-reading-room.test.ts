// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dashboardUrl, openDashboard } from '@/extension-pages/open-dashboard';
import { canOpenSidePanel, openSidePanel } from '@/extension-pages/open-side-panel';

type Loose = Record<string, unknown>;

afterEach(() => {
  delete (fakeBrowser as unknown as Loose).sidePanel;
  delete (fakeBrowser as unknown as Loose).sidebarAction;
  fakeBrowser.reset();
});

describe('opening the reading room', () => {
  it('opens the dashboard in a tab, with the view asked for, and reuses an open one', async () => {
    expect(dashboardUrl({ view: 'officials', official: 'priya anand' })).toMatch(/\/dashboard\.html\?view=officials&official=priya\+anand$/);
    await openDashboard();
    let tabs = await fakeBrowser.tabs.query({});
    expect(tabs.filter((t) => t.url?.includes('/dashboard.html'))).toHaveLength(1);
    await openDashboard({ view: 'figures' });
    tabs = await fakeBrowser.tabs.query({});
    const dashboards = tabs.filter((t) => t.url?.includes('/dashboard.html'));
    expect(dashboards).toHaveLength(1);
    expect(dashboards[0]!.url).toMatch(/view=figures$/);
  });

  it('opens Firefox’s sidebar or Chrome’s side panel, and says when there is neither', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    expect(canOpenSidePanel()).toBe(false);
    await expect(openSidePanel()).rejects.toThrow(/no side panel/);
    const sidebar = { open: vi.fn(async () => undefined) };
    (fakeBrowser as unknown as Loose).sidebarAction = sidebar;
    expect(canOpenSidePanel()).toBe(true);
    await openSidePanel();
    expect(sidebar.open).toHaveBeenCalledOnce();
    expect(close).toHaveBeenCalledOnce();
  });
});
