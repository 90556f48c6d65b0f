import { describe, expect, it } from 'vitest';
import { originPatternOf } from '@/core/settings/tab-origin';

describe('the one-site pattern the side panel asks for', () => {
  it('names only the page’s scheme and host, without port, path or subdomain wildcard', () => {
    expect(originPatternOf('https://news.thornbury-courier.example/council/budget?x=1#top')).toBe('https://news.thornbury-courier.example/*');
    expect(originPatternOf('http://127.0.0.1:43123/budget-gap.html')).toBe('http://127.0.0.1/*');
  });

  it('gives nothing for pages no extension may enter or that are not addresses', () => {
    expect(originPatternOf('chrome://extensions/')).toBeNull();
    expect(originPatternOf('about:blank')).toBeNull();
    expect(originPatternOf('file:///home/reader/page.html')).toBeNull();
    expect(originPatternOf('not a url')).toBeNull();
  });
});
