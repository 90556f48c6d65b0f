import type { Analysis, Figure, Person } from '../../core/model/analysis';

/** A person as the `analyze` command prints it. */
export interface PersonOutput {
  name: string;
  role: string | null;
  mentions: { text: string; start: number; end: number }[];
}

/** What the `analyze` command prints for one article: these fields, in this order, nothing else. */
export interface AnalysisOutput {
  url: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  text: string;
  officials: PersonOutput[];
  people: PersonOutput[];
  figures: Pick<Figure, 'text' | 'kind' | 'value' | 'unit' | 'start' | 'end'>[];
}

const person = (p: Person): PersonOutput => ({
  name: p.name,
  role: p.role ?? null,
  mentions: p.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end })),
});

/** Keeps only the documented output fields of an analysis. */
export function toOutput(a: Analysis): AnalysisOutput {
  return {
    url: a.url,
    title: a.title,
    byline: a.byline,
    siteName: a.siteName,
    publishedTime: a.publishedTime,
    text: a.text,
    officials: a.officials.map(person),
    people: a.people.map(person),
    figures: a.figures.map((f) => ({ text: f.text, kind: f.kind, value: f.value, unit: f.unit, start: f.start, end: f.end })),
  };
}
