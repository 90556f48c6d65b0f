/**
 * View shapes of the link editor. Structurally the same as what storage's `linksFor` and
 * `linkTargets` return, declared here so components do not depend on storage.
 */

/** One end of a link as shown: an article, or a note (its quote as title). */
export interface LinkEndView {
  type: 'article' | 'annotation';
  id: string;
  title: string;
  url: string | null;
  siteName: string | null;
  /** For a note: the title of its article, when still saved. */
  context: string | null;
}

/** A link of the note being edited, seen from that note. */
export interface LinkView {
  id: string;
  direction: 'outgoing' | 'incoming';
  other: LinkEndView;
  note: string;
  createdAt: string;
}

/** An article or note the reader can link to. */
export interface LinkTargetView extends LinkEndView {
  date: string;
}

/** Relation notes offered as suggestions; the reader may type any other. */
export const RELATION_SUGGESTIONS = ['follow-up', 'contradicts', 'same figure', 'background'] as const;

/** True for URLs safe to open as a link from the popup. */
export function isWebUrl(url: string | null): url is string {
  return !!url && /^https?:\/\//i.test(url);
}
