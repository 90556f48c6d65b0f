// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cleanByline, findPublishedTime, findSiteName, stripSiteSuffix } from '@/core/article';
import { findByline } from '@/core/article/metadata';
import { agreedHeadline, siteNameFromTitle } from '@/core/article/title';
import { findDomByline } from '@/core/article/byline';
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

describe('siteNameFromTitle', () => {
  it('takes the title’s last segment as the site name when it spells the domain', () => {
    expect(siteNameFromTitle('Warehouse row deepens – Fairhaven Patriot', 'https://www.fairhavenpatriot.com/2026/x')).toBe('Fairhaven Patriot');
    expect(siteNameFromTitle('Tributes paid | The Penhallow Packet', 'https://penhallowpacket.co.uk/x')).toBe('The Penhallow Packet');
  });

  it('leaves a headline’s own dash alone, and pages without a usable address', () => {
    expect(siteNameFromTitle('Budget vote – what happens next', 'https://www.fairhavenpatriot.com/x')).toBeNull();
    expect(siteNameFromTitle('Warehouse row – Fairhaven Patriot', 'https://news.example.org/x')).toBeNull();
    expect(siteNameFromTitle('Warehouse row – Fairhaven Patriot', null)).toBeNull();
    expect(siteNameFromTitle('Warehouse row – Fairhaven Patriot', 'not a url')).toBeNull();
  });
});

describe('cleanByline', () => {
  it('drops "By", dates, separators and e-mails', () => {
    expect(cleanByline('By Keisha Monroe | April 15, 2025')).toBe('Keisha Monroe');
    expect(cleanByline('Posted by Jo Whitlam on 4 July 2023')).toBe('Jo Whitlam');
    expect(cleanByline('GILLIAN MOHNEY March 11, 2015 3:46 PM')).toBe('GILLIAN MOHNEY');
    expect(cleanByline('Trevor Haskins | thaskins@example.com')).toBe('Trevor Haskins');
    // A "By" set in its own element leaves the separator the element break became.
    expect(cleanByline('By | Rhoda Ferris | rferris@example.com | Ashby Daily Sentinel')).toBe('Rhoda Ferris');
  });

  it('drops a reporter’s beat of any words after a comma, and keeps a name that ends in a known word', () => {
    expect(cleanByline('By Olu Fairweather, Courts and Social Care Reporter')).toBe('Olu Fairweather');
    expect(cleanByline('Hana Weiss, Arts Correspondent')).toBe('Hana Weiss');
    expect(cleanByline('By Hollis Dunbar, Crier Staff')).toBe('Hollis Dunbar');
    // A station's name with a number in it is no date.
    expect(cleanByline('By Renee Castellanos, Valley 9 News Reporter')).toBe('Renee Castellanos');
    expect(cleanByline('Colleen Brandvold Courier Editor')).toBe('Colleen Brandvold');
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

  it('reads an older CMS\'s plain <meta name="date">, after the publication tags', () => {
    const plain = loadPage('<html><head><meta name="date" content="2026-02-18T14:05:00-05:00"></head><body><p>Text</p></body></html>');
    expect(findPublishedTime(plain)).toBe('2026-02-18T19:05:00.000Z');
    const both = loadPage(
      '<html><head><meta name="date" content="2026-02-19T09:00:00Z"><meta property="article:published_time" content="2026-02-18T19:05:00Z"></head><body><p>Text</p></body></html>',
    );
    expect(findPublishedTime(both)).toBe('2026-02-18T19:05:00.000Z');
  });

  it('falls back to <time datetime> and survives broken JSON-LD', () => {
    const doc = loadPage(
      '<html><head><script type="application/ld+json">{broken</script></head><body><article><time datetime="2019-03-04T06:00:00-05:00">March 4</time></article></body></html>',
    );
    expect(findPublishedTime(doc)).toBe('2019-03-04T11:00:00.000Z');
    expect(findSiteName(doc)).toBeNull();
  });
});

describe('findDomByline', () => {
  it('passes over an avatar’s initials to the writer’s name', () => {
    const page = loadPage(
      '<div class="post-byline"><ul class="author-list"><li><a class="author-avatar" href="/a/rk">RK</a></li></ul><h4 class="author-name"><a href="/a/rk">Rhiannon Kell</a></h4></div>',
    );
    expect(findDomByline(page)).toBe('Rhiannon Kell');
  });

  it('names both writers of a line of two author links, and only the writer where the line says more', () => {
    const two = loadPage('<div class="story__authors">By <a rel="author" href="/s/1">Ines Marlow</a> and <a rel="author" href="/s/2">Teo Brandt</a></div>');
    expect(findDomByline(two)).toBe('Ines Marlow and Teo Brandt');
    const more = loadPage('<p>Story by <a rel="author" href="/s/1">Ines Marlow</a>, photos by <a rel="author" href="/s/2">Teo Brandt</a> for the Courier</p>');
    expect(findDomByline(more)).toBe('Ines Marlow');
  });

  it('keeps a name and the paper set in touching elements apart ("<a>Name</a><span>Paper</span>")', () => {
    const page = loadPage('<div class="reg-byline"><a href="/staff/1">Tamsin Greer</a><span>Pruett Falls Register</span></div>');
    expect(findDomByline(page)).toBe('Tamsin Greer');
  });

  it('reads a class run together with "by" ("newsby") when its text opens with "By"', () => {
    expect(findDomByline(loadPage('<div class="newsby">By Jean Partridge</div>'))).toBe('Jean Partridge');
    expect(findDomByline(loadPage('<div class="nearby">Nearby Stories Here</div>'))).toBeNull();
    // A "By" label in its own element is no byline: the name sits beside it.
    expect(findDomByline(loadPage('<span class="byline"><span class="author-prefix">By</span> <span class="author"><a>Janelle Olson</a></span></span>'))).toBe(
      'Janelle Olson',
    );
  });

  it('falls back to the first link to an author’s page when it reads as a name', () => {
    const drupal = loadPage('<span class="field--name-uid">Words: <a href="/author/tom-gaskell">Tom Gaskell</a></span>');
    expect(findDomByline(drupal)).toBe('Tom Gaskell');
    expect(findDomByline(loadPage('<a href="/authors/">Our writers</a>'))).toBeNull();
  });

  it('reads a byline marked only by "by" in a class name, preferring its name part or link', () => {
    const gannett = loadPage('<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="#">Caleb Dunaway</a> <span class="gnt_ar_by_t">Brazos Tribune</span></div>');
    expect(findDomByline(gannett)).toBe('Caleb Dunaway');
    const byDate = loadPage('<div class="by-date"><span class="name">Priya Halloran</span> <span>Transport reporter</span> <time>12 August 2026</time></div>');
    expect(findDomByline(byDate)).toBe('Priya Halloran');
  });

  it('keeps a byline’s lines apart, and reads "byl" classes and meta lines that name the writer after "by"', () => {
    expect(findDomByline(loadPage('<div class="story-byline">By Dominic Reyes<br>The Marston Bay Beacon</div>'))).toBe('Dominic Reyes');
    // The inner byline element with the name, not the block that adds the writer's paper and job.
    const block = '<div class="pb-byline-block"><span class="pb-byline">By Carl Nyberg</span> <span class="pb-role">Daily Register staff writer</span></div>';
    expect(findDomByline(loadPage(block))).toBe('Carl Nyberg');
    expect(findDomByline(loadPage('<div class="story-byline">Carl Jessup<br><span class="story-byline-title">Editor</span></div>'))).toBe('Carl Jessup');
    expect(findDomByline(loadPage('<p class="by">Jenna Halvorsen<br><span>jh@example.com</span></p>'))).toBe('Jenna Halvorsen');
    expect(findDomByline(loadPage('<p class="byl">By <strong>Priya Menon</strong>, Chief reporter</p>'))).toBe('Priya Menon');
    expect(findDomByline(loadPage('<div class="article-meta">Staff report by <b>Grace Whitlow</b> · Posted <time>June 17</time></div>'))).toBe('Grace Whitlow');
    expect(findDomByline(loadPage('<div class="post-meta">Filed under Politics · Comments</div>'))).toBeNull();
    // An author block marked for testing, with the writer's photo and name in elements of their own.
    const signature =
      '<div class="signature" data-testid="author-signature"><img alt=""><span class="signature__name"><a href="/profile/3/ann-lee/">Ann Lee</a></span><br><span>Reporter</span></div>';
    expect(findDomByline(loadPage(signature))).toBe('Ann Lee');
    // Drupal's "Submitted by" line, whose date follows "on"; the story's line comes before any comment's.
    const drupal = '<div class="submitted">Submitted by <span class="username">Bec Tonkin</span> on Wed, 22/04/2026 - 14:30</div>';
    expect(findDomByline(loadPage(`${drupal}<div class="submitted">Submitted by <span>Gran of three</span> on Thu, 23/04/2026</div>`))).toBe('Bec Tonkin');
    // An old table layout's bold "By" line, with the writer's job after a line break and no class at all.
    expect(findDomByline(loadPage('<table><tr><td><font><b>By Debra Kallo</b><br>Beacon Staff Writer</font></td></tr></table>'))).toBe('Debra Kallo');
    expect(findDomByline(loadPage('<p>The plan was <b>by no means</b> settled.</p>'))).toBeNull();
    expect(cleanByline('Kerry Maddox, Local Democracy Reporting Service')).toBe('Kerry Maddox');
  });

  it('ignores classes where "by" is only part of a word', () => {
    expect(findDomByline(loadPage('<div class="lobby-hours"><a href="#">Town Hall</a></div><p class="nearby">Ann Lee</p>'))).toBeNull();
    expect(findDomByline(loadPage('<div class="sort-by"><span>Sort by newest first</span></div>'))).toBeNull();
  });
});

describe('findByline', () => {
  it('reads the page for a byline only when neither JSON-LD nor an author meta tag names one', () => {
    let asked = 0;
    const fallback = () => {
      asked++;
      return 'By Jo Bloggs';
    };
    const withMeta = loadPage('<html><head><meta name="author" content="Ann Lee"></head><body><p>Text</p></body></html>');
    expect(findByline(withMeta, fallback)).toBe('Ann Lee');
    expect(asked).toBe(0);
    const without = loadPage('<html><head></head><body><p>Text</p></body></html>');
    expect(findByline(without, fallback)).toBe('Jo Bloggs');
    expect(asked).toBe(1);
  });

  it("reads Drupal's Dublin Core creator tag", () => {
    const page = loadPage('<html><head><meta name="dcterms.creator" content="Owen Trebilcock"></head><body><p>Text</p></body></html>');
    expect(findByline(page, () => null)).toBe('Owen Trebilcock');
  });

  it('joins the authors an author meta tag lists with commas as a byline lists them, and leaves a post alone', () => {
    const meta = (content: string) => loadPage(`<html><head><meta name="author" content="${content}"></head><body><p>Text</p></body></html>`);
    expect(findByline(meta('Ruth Okafor, Dev Patel'), () => null)).toBe('Ruth Okafor and Dev Patel');
    expect(findByline(meta('Ruth Okafor, Dev Patel, Ana de la Cruz'), () => null)).toBe('Ruth Okafor, Dev Patel and Ana de la Cruz');
    expect(findByline(meta('Ruth Okafor, Chief Reporter'), () => null)).toBe('Ruth Okafor');
    expect(findByline(meta('Ruth Okafor, Kellerby Chronicle'), () => null)).toBe('Ruth Okafor, Kellerby Chronicle');
  });
});

describe('agreedHeadline', () => {
  it('takes the <h1> when the <title> says the same, so a shorter social headline gives way', () => {
    const h1 = 'Care home resident left on floor for two hours as carers dealt with another, inquest hears';
    expect(agreedHeadline(h1, `${h1} | Kellerby Chronicle`, 'Kellerby Chronicle')).toBe(h1);
    expect(agreedHeadline(h1, 'Kellerby Chronicle | Local news', 'Kellerby Chronicle')).toBeNull();
    expect(agreedHeadline(null, `${h1} | Kellerby Chronicle`, 'Kellerby Chronicle')).toBeNull();
  });
});
