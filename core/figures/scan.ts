import type { Figure } from '../model/analysis';
import type { FigureRule, FoundFigure, ScanContext } from './rule';

/** A compiled scanner: one combined expression finds where any figure may start. */
export interface Scanner {
  scan(paragraph: string, offset: number, reference: ScanContext['reference']): Figure[];
}

/** Named groups must be unique in one expression; the locator does not need them. */
const withoutNames = (source: string): string => source.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:');

/**
 * Builds a scanner over `rules`, listed in priority order. One combined regular expression walks
 * each paragraph once to find the next place any rule matches; there each rule is tried (anchored)
 * in priority order and the first that accepts the match wins. Matches never overlap.
 */
export function createScanner(rules: FigureRule[]): Scanner {
  const locator = new RegExp(rules.map((r) => `(?:${withoutNames(r.source)})`).join('|'), 'giu');
  const anchored = rules.map((rule) => ({ rule, re: new RegExp(rule.source, 'iyu') }));
  return {
    scan(paragraph, offset, reference) {
      const done: FoundFigure[] = [];
      const ctx: ScanContext = { paragraph, reference, found: done };
      const figures: Figure[] = [];
      locator.lastIndex = 0;
      let found: RegExpExecArray | null;
      while ((found = locator.exec(paragraph)) !== null) {
        const at = found.index;
        let taken = 0;
        for (const { rule, re } of anchored) {
          re.lastIndex = at;
          const m = re.exec(paragraph);
          const result = m && rule.interpret(m, ctx);
          if (!result || result.length <= 0) continue;
          const text = paragraph.slice(at, at + result.length);
          figures.push({ text, kind: result.kind, value: result.value, unit: result.unit, start: offset + at, end: offset + at + result.length });
          done.push({ start: at, end: at + result.length, kind: result.kind, unit: result.unit });
          taken = result.length;
          break;
        }
        locator.lastIndex = at + Math.max(taken, 1);
      }
      return figures;
    },
  };
}
