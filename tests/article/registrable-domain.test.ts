import { describe, expect, it } from 'vitest';
import { registrableDomain, sameSite } from '@/core/article/registrable-domain';

describe('registrableDomain', () => {
  it('keeps one label under an ordinary top-level domain', () => {
    expect(registrableDomain('www.thornbury-post.com')).toBe('thornbury-post.com');
    expect(registrableDomain('news.local.example.org')).toBe('example.org');
    expect(registrableDomain('Example.COM.')).toBe('example.com');
  });

  it('keeps one label under the common multi-part public suffixes', () => {
    expect(registrableDomain('www.thornbury-post.co.uk')).toBe('thornbury-post.co.uk');
    expect(registrableDomain('democracy.wexcombe.gov.uk')).toBe('wexcombe.gov.uk');
    expect(registrableDomain('www.brackenford.ac.uk')).toBe('brackenford.ac.uk');
    expect(registrableDomain('www.harbourtimes.com.au')).toBe('harbourtimes.com.au');
    expect(registrableDomain('www.fairhaven.co.nz')).toBe('fairhaven.co.nz');
    expect(registrableDomain('www.ci.fairhaven.wa.us')).toBe('fairhaven.wa.us');
  });

  it('treats each tenant of a hosting platform as its own site', () => {
    expect(registrableDomain('alice.github.io')).toBe('alice.github.io');
    expect(registrableDomain('a.b.substack.com')).toBe('b.substack.com');
  });

  it('answers null for a bare public suffix, and the host itself for addresses and single labels', () => {
    expect(registrableDomain('co.uk')).toBeNull();
    expect(registrableDomain('github.io')).toBeNull();
    expect(registrableDomain('')).toBeNull();
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(registrableDomain('[::1]')).toBe('[::1]');
  });
});

describe('sameSite', () => {
  it('joins subdomains, schemes and ports of one registrable domain', () => {
    expect(sameSite('https://www.post.co.uk/a', 'http://amp.post.co.uk:8080/b')).toBe(true);
  });

  it('separates owners that share a public suffix, and different addresses', () => {
    expect(sameSite('https://post.co.uk/a', 'https://herald.co.uk/a')).toBe(false);
    expect(sameSite('https://alice.github.io/a', 'https://bob.github.io/a')).toBe(false);
    expect(sameSite('http://127.0.0.1:80/a', 'http://localhost:80/a')).toBe(false);
    expect(sameSite('not a url', 'https://post.co.uk/')).toBe(false);
    expect(sameSite('https://co.uk/', 'https://co.uk/')).toBe(false);
  });
});
