// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanByline, findPublishedTime, findSiteName, stripSiteSuffix } from '@/core/article';
import { loadPage } from './load-page';

describe('stripSiteSuffix', () => {
  it('removes the site name after a separator', () => {
    expect(stripSiteSuffix('Council tax to rise | Daily Post', 'Daily Post')).toBe('Council tax to rise');
    expect(stripSiteSuffix('Council tax to rise - The Site Name', 'Site Name')).toBe('Council tax to rise');
  });

  it('removes an author suffix and a short pipe suffix without a site name', () => {
    expect(stripSiteSuffix('Whales stranded | Jo Bloggs', 'The Paper', 'Jo Bloggs')).toBe('Whales stranded');
    expect(stripSiteSuffix('Mayor unveils plan for city budget | Courier', null)).toBe('Mayor unveils plan for city budget');
  });

  it('keeps dashes that belong to the headline', () => {
    expect(stripSiteSuffix('Budget vote - what happens next', 'Gazette')).toBe('Budget vote - what happens next');
  });
});

describe('cleanByline', () => {
  it('drops "By", dates, separators and e-mails', () => {
    expect(cleanByline('By Keisha Monroe | April 15, 2025')).toBe('Keisha Monroe');
    expect(cleanByline('Posted by Jo Whitlam on 4 July 2023')).toBe('Jo Whitlam');
    expect(cleanByline('GILLIAN MOHNEY March 11, 2015 3:46 PM')).toBe('GILLIAN MOHNEY');
    expect(cleanByline('Trevor Haskins | thaskins@example.com')).toBe('Trevor Haskins');
  });

  it('rejects text that is not a name', () => {
    expect(cleanByline('Last Updated: January 7, 2025')).toBeNull();
    expect(cleanByline('18:42, 17 FEB 2019')).toBeNull();
    expect(cleanByline('')).toBeNull();
  });
});

describe('findPublishedTime and findSiteName', () => {
  it('reads JSON-LD inside @graph and normalises to ISO', () => {
    const doc = loadPage(
      `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","datePublished":"2024-02-08T21:15:00+01:00","publisher":{"name":"The Paper"}}]}</script></head><body></body></html>`,
    );
    expect(findPublishedTime(doc)).toBe('2024-02-08T20:15:00.000Z');
    expect(findSiteName(doc)).toBe('The Paper');
  });

  it('falls back to <time datetime> and survives broken JSON-LD', () => {
    const doc = loadPage(
      '<html><head><script type="application/ld+json">{broken</script></head><body><article><time datetime="2019-03-04T06:00:00-05:00">March 4</time></article></body></html>',
    );
    expect(findPublishedTime(doc)).toBe('2019-03-04T11:00:00.000Z');
    expect(findSiteName(doc)).toBeNull();
  });
});
