/**
 * Generated pages for benchmarks and growth checks: an ordinary council story made long, and the
 * pathological shapes a hostile or merely odd page can take (one huge line, deep nesting, hundreds of
 * thousands of paragraphs). Everything is invented and deterministic (no randomness), so runs compare.
 */

const COUNCILS = ['Harrowfield', 'Kestle Vale', 'Morbury', 'Ashdown Reach', 'Tillingham'];
const PEOPLE = [
  ['Cllr', 'Nadia Ferrow', 'leader of the council'],
  ['Cllr', 'Owen Maddox', 'cabinet member for finance'],
  ['', 'Priya Lannister-Holt', 'chief executive'],
  ['Mayor', 'Gideon Pascoe', 'mayor'],
  ['Cllr', 'Ruth Abernathy', 'opposition leader'],
] as const;

/** One invented paragraph of council news (about 330 characters); `i` varies names and figures. */
export function storyParagraph(i: number): string {
  const [title, name, role] = PEOPLE[i % PEOPLE.length]!;
  const council = COUNCILS[(i >> 2) % COUNCILS.length]!;
  const surname = name.split(' ').at(-1)!;
  const money = ((i * 37) % 900) / 10 + 1;
  const pct = ((i * 7) % 40) + 2;
  return (
    `${title ? `${title} ` : ''}${name}, the ${role} at ${council} Council, said the £${money.toFixed(1)}m plan ` +
    `for ${((i * 13) % 400) + 20} homes would go before the planning committee on ${(i % 27) + 1} March 2025. ` +
    `${title ? `${title} ` : ''}${surname} added that council tax would rise by ${pct}% and that ` +
    `residents had been consulted for ${(i % 11) + 2} weeks before the decision was taken.`
  );
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Wraps body HTML in an ordinary news page: head metadata, a nav, a headline, a footer. */
export function newsPage(headline: string, bodyHtml: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(headline)} | Vale Courier</title>
<meta property="og:site_name" content="Vale Courier"><meta property="article:published_time" content="2025-03-04T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article><h1>${escape(headline)}</h1><p class="byline">By Tamsin Oakes</p>
<div class="article-body">${bodyHtml}</div></article></main><footer><p>© Vale Courier</p></footer></body></html>`;
}

/** A long article page of about `bytes` bytes made of ordinary story paragraphs. */
export function longArticlePage(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${storyParagraph(i)}</p>\n`;
    parts.push(p);
    size += p.length;
  }
  return newsPage('Council approves long-term housing plan after marathon meeting', parts.join(''));
}

/** A page with `count` short paragraphs (the "200,000-paragraph page"), one sentence each. */
export function manyParagraphsPage(count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++)
    parts.push(`<p>Response ${i}: residents of ${COUNCILS[i % COUNCILS.length]} said the plan for the high street had been discussed at length.</p>`);
  return newsPage('Council publishes every consultation response', parts.join('\n'));
}

/** A page whose article is one paragraph of about `bytes` characters, without a single line break. */
export function oneLinePage(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = storyParagraph(i);
    parts.push(s);
    size += s.length + 1;
  }
  return newsPage('Council minutes published in full', `<p>${parts.join(' ')}</p>`);
}

/** A page whose story paragraphs sit at the bottom of `depth` nested elements. */
export function nestedPage(depth: number, paragraphs = 40): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${storyParagraph(i)}</p>`).join('');
  return newsPage('Council archive reorganised', `${'<div><span>'.repeat(depth / 2)}${body}${'</span></div>'.repeat(depth / 2)}`);
}
