import nlp from 'compromise';
import type { FigureKind } from '../../core/model/analysis';
import type { Detected } from './bench-accuracy';

interface Span {
  start: number;
  end: number;
}

/** Character spans of a compromise match list, trimmed of surrounding punctuation. */
function spans(view: { json(opts: object): unknown }, text: string): Span[] {
  const items = view.json({ offset: true }) as { offset: { start: number; length: number } }[];
  return items.map(({ offset }) => {
    let start = offset.start;
    let end = offset.start + offset.length;
    while (end > start && /[\s.,;:!?)"'’]/.test(text[end - 1]!)) end--;
    while (start < end && /[\s("'‘]/.test(text[start]!)) start++;
    return { start, end };
  });
}

/**
 * The general-purpose baseline: compromise's people(), money(), percentages() and numbers() over the
 * same extracted text. compromise does not tell officials from other people and does not link mentions,
 * so every person match counts as an official named by its own text. Numbers that are not money or
 * percentages count as years (1900-2099) or counts.
 */
export function runBaseline(text: string): Detected {
  const doc = nlp(text);
  const officials = spans(doc.people(), text).map((s) => {
    const t = text.slice(s.start, s.end);
    return { name: t, mentions: [{ text: t, start: s.start, end: s.end }] };
  });
  const figures: { text: string; kind: FigureKind; start: number }[] = [];
  const taken: Span[] = [];
  const add = (list: Span[], kind: (t: string) => FigureKind) => {
    for (const s of list) {
      if (taken.some((t) => s.start < t.end && t.start < s.end)) continue;
      taken.push(s);
      const t = text.slice(s.start, s.end);
      figures.push({ text: t, kind: kind(t), start: s.start });
    }
  };
  add(spans(doc.money(), text), () => 'money');
  add(spans(doc.percentages(), text), () => 'percent');
  add(spans(doc.numbers(), text), (t) => (/^(19|20)\d\d$/.test(t) ? 'year' : 'count'));
  figures.sort((a, b) => a.start - b.start);
  return { officials, figures };
}
