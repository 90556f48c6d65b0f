import type { Figure } from '../model/analysis';
import { lowerSameLength, matchAt } from './anchored';
import { nextCandidate } from './locator';
import type { ArticleFacts, FigureRule, FoundFigure, ScanContext } from './rule';

/** A scanner: a cheap locator finds where a figure may start; the rules decide there. */
export interface Scanner {
  scan(paragraph: string, offset: number, facts: ArticleFacts): Figure[];
}

/**
 * Builds a scanner over `rules`, listed in priority order. The paragraph is lower-cased once; a
 * character scan (see `locator.ts`) walks it to the next place a figure may start; there each rule
 * is tried, anchored (see `anchored.ts`), in priority order, and the first that accepts wins.
 * Matches never overlap.
 * Every rule looks at most a bounded window around its match, so the scan is linear in the text.
 */
export function createScanner(rules: FigureRule[]): Scanner {
  return {
    scan(paragraph, offset, facts) {
      const done: FoundFigure[] = [];
      const lower = lowerSameLength(paragraph);
      const ctx: ScanContext = { paragraph, lower, ...facts, found: done };
      const figures: Figure[] = [];
      for (let at = nextCandidate(lower, 0); at >= 0;) {
        let taken = 0;
        for (const rule of rules) {
          const m = matchAt(rule, ctx, at);
          const result = m && rule.interpret(m, ctx);
          if (!result || result.length <= 0) continue;
          const text = paragraph.slice(at, at + result.length);
          figures.push({ text, kind: result.kind, value: result.value, unit: result.unit, start: offset + at, end: offset + at + result.length });
          done.push({ start: at, end: at + result.length, kind: result.kind, unit: result.unit });
          taken = result.length;
          break;
        }
        at = nextCandidate(lower, at + Math.max(taken, 1));
      }
      return figures;
    },
  };
}
