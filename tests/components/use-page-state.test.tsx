// @vitest-environment happy-dom
/** The side panel following tabs: a read of a tab the reader has left never overwrites the newer one. */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '@/messaging/protocol';
import { usePageState } from '@/extension-pages/reader/use-page-state';
import { mount } from './render';

/** Per tab, what its content script answers; a tab missing here never answers until `release`. */
const answers = new Map<number, PageState>();
const held: { tabId: number; release: () => void }[] = [];

vi.mock('@/messaging/protocol', () => ({
  contentMessaging: {
    sendMessage: (_type: string, _data: unknown, tabId: number) =>
      answers.has(tabId)
        ? Promise.resolve(answers.get(tabId))
        : new Promise((_resolve, reject) => held.push({ tabId, release: () => reject(new Error('No receiver')) })),
  },
}));

const shown: string[] = [];
function Probe() {
  const { state } = usePageState(true);
  const label = state ? `${state.status}${state.title ? `:${state.title}` : ''}` : 'checking';
  if (shown[shown.length - 1] !== label) shown.push(label);
  return <p>{label}</p>;
}

/** Lets pending promises and Preact's effects run. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
}

beforeEach(async () => {
  await fakeBrowser.windows.create({ focused: true });
  // The fake browser has no permissions events; the panel only listens to them.
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onAdded, 'removeListener').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  answers.clear();
  held.length = 0;
  shown.length = 0;
  fakeBrowser.reset();
});

describe('usePageState following the active tab', () => {
  it('listens for tab switches before its first read, so a switch while it opens is not lost', async () => {
    const panel = await fakeBrowser.tabs.create({ url: 'moz-extension://x/sidepanel.html', active: true });
    let listening: boolean | null = null;
    const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((info) => {
      listening ??= fakeBrowser.tabs.onActivated.hasListeners();
      return query(info);
    });
    mount(<Probe />);
    await settle();
    expect(listening).toBe(true);
    expect(held.map((h) => h.tabId)).toEqual([panel.id]);
  });

  it('keeps the newer tab’s page when the read of the tab it left answers last', async () => {
    await fakeBrowser.tabs.create({ url: 'moz-extension://x/sidepanel.html', active: true });
    const article = await fakeBrowser.tabs.create({ url: 'https://news.example/budget', active: false });
    answers.set(article.id!, { status: 'article', title: 'Budget gap' });
    const root = mount(<Probe />);
    await settle();
    // The first read is still waiting on the panel's own tab when the reader switches.
    expect(held).toHaveLength(1);
    await act(async () => {
      await fakeBrowser.tabs.update(article.id!, { active: true });
    });
    await settle();
    expect(root.textContent).toBe('article:Budget gap');
    held[0]!.release();
    await settle();
    expect(root.textContent).toBe('article:Budget gap');
    expect(shown).toEqual(['checking', 'article:Budget gap']);
  });
});
