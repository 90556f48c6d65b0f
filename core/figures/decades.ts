import type { FigureRule } from './rule';

/**
 * Decades (kind `decade`, unit null, value the first year): "the 1970s" ("1970s", 1970), "the
 * early 2000s" ("2000s"), "the 1970's", "the '80s" (1980; '00s to '20s read as this century).
 */
export const decadeRule: FigureRule = {
  name: 'decade',
  source: String.raw`(?<![\p{L}\d'‘’])(?:(?<full>(?:1[89]|20)\d0)['’]?s|['‘’](?<short>\d0)s)(?![\p{L}\d])`,
  interpret(m) {
    const g = m.groups!;
    const short = g.short === undefined ? null : Number(g.short);
    const value = short === null ? Number(g.full) : short < 30 ? 2000 + short : 1900 + short;
    return { length: m[0].length, kind: 'decade', value, unit: null };
  },
};
