import { detectFigures } from '@/core/figures';
import type { Figure } from '@/core/model/analysis';

/** Detects figures in one paragraph of text. */
export function figuresIn(text: string, referenceDate: string | null = null): Figure[] {
  return detectFigures({ text, paragraphs: [{ text, start: 0 }] }, { referenceDate });
}

/** The figures of one sentence as compact [text, kind, value, unit] tuples. */
export function tuples(text: string, referenceDate: string | null = null): [string, string, unknown, unknown][] {
  return figuresIn(text, referenceDate).map((f) => [f.text, f.kind, f.value, f.unit]);
}

/** The figures of one kind in a sentence, as [text, value, unit]. */
export function ofKind(text: string, kind: Figure['kind'], referenceDate: string | null = null): [string, unknown, unknown][] {
  return figuresIn(text, referenceDate)
    .filter((f) => f.kind === kind)
    .map((f) => [f.text, f.value, f.unit]);
}
