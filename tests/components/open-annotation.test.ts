import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { annotationUrl, openInTab } from '@/extension-pages/open-annotation';

describe('opening a note', () => {
  it('points at the note with a fragment, replacing any old one', () => {
    expect(annotationUrl({ id: 'n 1', url: 'https://news.example/a#top' })).toBe('https://news.example/a#council-lens=n%201');
  });

  it('refuses anything but a web address, as imported files may hold any URL', async () => {
    await expect(openInTab('javascript:alert(1)')).rejects.toThrow('Not a web address');
    await expect(openInTab('data:text/html,<b>x</b>')).rejects.toThrow('Not a web address');
    await openInTab('https://news.example/a');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url === 'https://news.example/a')).toBe(true);
  });
});
