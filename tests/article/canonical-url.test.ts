// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanUrl } from '@/core/article';
import { loadPage } from './load-page';

describe('cleanUrl', () => {
  it('removes tracking parameters and the fragment, keeping the rest in order', () => {
    expect(cleanUrl('https://a.example/story?utm_source=fb&id=3&utm_medium=social&fbclid=x&page=2#top')).toBe('https://a.example/story?id=3&page=2');
    expect(cleanUrl('https://a.example/briefs?fb_action_ids=10227&fb_source=other_multiline&action_object_map=x')).toBe('https://a.example/briefs');
    expect(cleanUrl('https://tv.example/news/story/?ipid=promo-link-block1')).toBe('https://tv.example/news/story/');
    expect(cleanUrl('https://a.example/s?gclid=1&mc_cid=2&mc_eid=3&ocid=4&UTM_Campaign=5')).toBe('https://a.example/s');
    // Jetpack's share links ("share=facebook&nb=1") and an AMP rendering ("outputType=amp").
    expect(cleanUrl('https://a.example/2026/03/26/story/?share=facebook&nb=1')).toBe('https://a.example/2026/03/26/story/');
    // A Newsquest "most read" link: its list and the story's place in it ("ref=mr&lp=3").
    expect(cleanUrl('https://a.example/news/123.story/?ref=mr&lp=3')).toBe('https://a.example/news/123.story/');
    expect(cleanUrl('https://a.example/politics/story/?outputType=amp')).toBe('https://a.example/politics/story/');
  });

  it('returns text that is not a URL unchanged', () => {
    expect(cleanUrl('not a url')).toBe('not a url');
  });
});

describe('canonicalUrl', () => {
  it('prefers link rel=canonical, resolved against the page URL and cleaned', () => {
    const doc = loadPage(
      '<html><head><link rel="canonical" href="/news/x?utm_source=rss"><meta property="og:url" content="https://other.example/y"></head><body></body></html>',
    );
    expect(canonicalUrl(doc, 'https://site.example/news/x?fbclid=1')).toBe('https://site.example/news/x');
  });

  it('falls back to og:url, then to the page URL', () => {
    const og = loadPage('<html><head><meta property="og:url" content="https://site.example/a?ocid=1&p=2"></head><body></body></html>');
    expect(canonicalUrl(og, 'https://site.example/zzz')).toBe('https://site.example/a?p=2');
    const none = loadPage('<html><head></head><body></body></html>');
    expect(canonicalUrl(none, 'https://site.example/b?utm_term=q#c')).toBe('https://site.example/b');
  });

  it('ignores non-http canonicals', () => {
    const doc = loadPage('<html><head><link rel="canonical" href="javascript:alert(1)"></head><body></body></html>');
    expect(canonicalUrl(doc, 'https://site.example/ok')).toBe('https://site.example/ok');
  });

  it('takes a declared canonical on the same site, subdomains included', () => {
    const doc = loadPage('<html><head><link rel="canonical" href="https://www.post.co.uk/news/budget"></head><body></body></html>');
    expect(canonicalUrl(doc, 'https://amp.post.co.uk/news/budget?utm_source=x')).toBe('https://www.post.co.uk/news/budget');
  });

  it("refuses another site's address as canonical (link or og:url) and keeps the page's own", () => {
    const link = loadPage('<html><head><link rel="canonical" href="https://herald.co.uk/news/budget"></head><body></body></html>');
    expect(canonicalUrl(link, 'https://post.co.uk/story?fbclid=1')).toBe('https://post.co.uk/story');
    const og = loadPage('<html><head><meta property="og:url" content="https://bob.github.io/notes"></head><body></body></html>');
    expect(canonicalUrl(og, 'https://alice.github.io/notes')).toBe('https://alice.github.io/notes');
    const both = loadPage(
      '<html><head><link rel="canonical" href="https://victim.example/a"><meta property="og:url" content="/own"></head><body></body></html>',
    );
    expect(canonicalUrl(both, 'https://site.example/x')).toBe('https://site.example/own');
  });

  it('takes the declaration as it stands when there is no page URL to compare with', () => {
    const doc = loadPage('<html><head><link rel="canonical" href="https://herald.co.uk/news/budget"></head><body></body></html>');
    expect(canonicalUrl(doc, null)).toBe('https://herald.co.uk/news/budget');
  });
});
