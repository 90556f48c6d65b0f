/**
 * Which dollar an article's "$" means. A Canadian, Australian or New Zealand council's budget is in
 * its own dollars, and a reader there should not see "US$" on every amount. The site's country code
 * decides when it has one (".ca", ".com.au", ".co.nz"); otherwise the places and institutions the
 * article names do: one country's named at least twice, in an article not spelt the American way
 * and naming fewer American places. Any other article is taken to be American.
 */
import { L } from '../letters';
import { execNative, testNative } from '../native-regexp';

/** The dollars the figure scanner tells apart. */
export type Dollar = 'USD' | 'CAD' | 'AUD' | 'NZD';

/** Country codes at the end of a site's host name. */
const HOST_DOLLARS: readonly [RegExp, Dollar][] = [
  [/\.ca$/, 'CAD'],
  [/\.au$/, 'AUD'],
  [/\.nz$/, 'NZD'],
];

/** A global expression for whole words or phrases. */
const word = (alternation: string): RegExp => new RegExp(String.raw`(?<![${L}])(?:${alternation})(?![${L}])`, 'gu');

/**
 * Names that point to one country: the country, its provinces or states, its large cities, and
 * institutions only it has. Names that several of these countries share are left out ("Victoria",
 * "Perth", "Wellington", "Canterbury", "MLA"), as are those Britain shares, since a British article
 * prices in pounds and never reaches this choice. The three go in one expression, a group each, so
 * an American article (most of those with "$") compiles and runs one expression to rule them out.
 */
const COMMONWEALTH_CUES = word(
  [
    String.raw`(?<CAD>Canada|Canadian|Canadians|Ontario|Quebec|Québec|British Columbia|B\.C\.|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island|Yukon|Nunavut|Toronto|Ottawa|Montreal|Montréal|Vancouver|Calgary|Edmonton|Winnipeg|Halifax Regional|MPP|MPPs|regional district|Local Journalism Initiative)`,
    String.raw`(?<AUD>Australia|Australian|Australians|New South Wales|NSW|Queensland|Tasmania|Tasmanian|South Australia|Western Australia|Northern Territory|Sydney|Melbourne|Brisbane|Adelaide|Hobart|Canberra|Shire Council|special rate variation)`,
    String.raw`(?<NZD>New Zealand|Aotearoa|Auckland|Waikato|Otago|Northland|Taranaki|Manawatū|Manawatu|iwi|Māori|rūnanga|Rūnanga)`,
  ].join('|'),
);
/** The same for the United States, read only when another country is named twice. */
const AMERICAN_CUES = word(
  String.raw`U\.S\.|United States|America|American|Americans|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming`,
);

/** How often each country's names occur in `text` (one linear pass of the global expression). */
function commonwealthCounts(text: string): Map<Dollar, number> {
  const counts = new Map<Dollar, number>();
  COMMONWEALTH_CUES.lastIndex = 0;
  for (let m = execNative(COMMONWEALTH_CUES, text); m; m = execNative(COMMONWEALTH_CUES, text)) {
    const dollar: Dollar = m.groups!.CAD ? 'CAD' : m.groups!.AUD ? 'AUD' : 'NZD';
    counts.set(dollar, (counts.get(dollar) ?? 0) + 1);
  }
  return counts;
}

/** Money written in words ("two dollars", "4 cents"), which also takes the article's dollar. */
const DOLLAR_WORD_RE = /dollar|cent/i;

/**
 * Spellings that tell American English from the English of Canada, Australia and New Zealand,
 * which keep Britain's in these words (Canada writes "-ize" and "program" as the US does, so those
 * tell nothing). An article in American spelling is priced in US dollars whatever places it names.
 */
const AMERICAN_SPELLING = word(
  String.raw`[Cc]enters?|[Cc]olors?|[Nn]eighbors?|[Nn]eighborhoods?|[Ff]avor|[Ff]avored|[Ff]avorable|[Ll]abor|[Hh]onor|[Hh]onored|[Dd]efense|[Bb]ehavior|gray|traveled|canceled|theaters?`,
);
const COMMONWEALTH_SPELLING = word(
  String.raw`[Cc]entres?|[Cc]olours?|[Nn]eighbours?|[Nn]eighbourhoods?|[Ff]avour|[Ff]avoured|[Ff]avourable|[Ll]abour|[Hh]onour|[Hh]onoured|[Dd]efence|[Bb]ehaviour|grey|travelled|cancelled|theatres?|metres?|litres?|cheques?`,
);

/** How many times `re` matches in `text` (each expression is global; counting is one linear pass). */
function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (execNative(re, text)) n++;
  return n;
}

/** The dollar of an article at `url` whose body is `text`. */
export function articleDollar(text: string, url: string | null): Dollar {
  const host = hostOf(url);
  for (const [re, dollar] of HOST_DOLLARS) if (host && testNative(re, host)) return dollar;
  if (!text.includes('$') && !testNative(DOLLAR_WORD_RE, text)) return 'USD';
  let best: Dollar = 'USD';
  let most = 0;
  for (const [dollar, n] of commonwealthCounts(text)) if (n > most) [best, most] = [dollar, n];
  // One passing name ("Lake Ontario", "Vancouver, Wash.") is not enough: the article must name its country twice.
  if (most < 2) return 'USD';
  if (count(AMERICAN_SPELLING, text) > count(COMMONWEALTH_SPELLING, text)) return 'USD';
  return most > count(AMERICAN_CUES, text) ? best : 'USD';
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}
