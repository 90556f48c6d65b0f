/**
 * What is stored of an analysed article, built the same way wherever the analysis is: the
 * background when it remembers a page it just read, the content script when the reader saves one.
 * Metadata and findings only, never the text.
 */
import type { Figure, Person } from '@/core/model/analysis';
import { figureKey, type StoredFigure } from '@/core/model/records';
import type { ArticleFindings, ArticleSubmission, SubmittedOfficial } from './protocol';
import type { ArticleWithoutParagraphs } from '@/core/article/text-article';

/** An analysed article as either side holds it (the page also keeps its paragraph list). */
export type AnalysedArticle = ArticleWithoutParagraphs & ArticleFindings;

/** The stored form of a figure: no offsets into a text we do not keep. */
export function storedFigure({ text, kind, value, unit }: Figure): StoredFigure {
  return { text, kind, value, unit };
}

/** An official as submitted to the background: name, role and the forms the article used. */
export function submittedOfficial(person: Person): SubmittedOfficial {
  return {
    name: person.name,
    role: person.role,
    watchlistId: person.watchlistId ?? null,
    forms: [...new Set(person.mentions.map((m) => m.text))],
  };
}

/** The article submission for an analysed page. */
export function articleSubmission(analysis: AnalysedArticle, id: string, pageUrl: string, auto: boolean): ArticleSubmission {
  return {
    id,
    url: analysis.url ?? pageUrl,
    title: analysis.title,
    siteName: analysis.siteName,
    byline: analysis.byline,
    publishedTime: analysis.publishedTime,
    textHash: analysis.textHash,
    officials: analysis.officials.map(submittedOfficial),
    people: analysis.people.map(submittedOfficial),
    figures: analysis.figures.map(storedFigure),
    auto,
  };
}

/** Distinct figure keys of an analysis, for the "same figure elsewhere" lookup. */
export function figureKeys(analysis: Pick<AnalysedArticle, 'figures'>): string[] {
  return [...new Set(analysis.figures.map((f) => figureKey(f)))];
}
