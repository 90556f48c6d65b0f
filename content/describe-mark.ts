/**
 * What the hover card says about a highlight: an official's canonical name and role, or a figure's
 * kind and normalised value, with the other saved articles that share it; or the reader's note.
 */
import type { HoverCardData } from '@/components/page/hover-card';
import type { Analysis } from '@/core/model/analysis';
import type { Annotation } from '@/core/model/annotation';
import { describeFigure } from '@/core/model/figure-kinds';
import { figureKey } from '@/core/model/records';
import type { PageContext } from '@/messaging/protocol';

/** The card for highlight `id` ("o2" = third official, "p0" = first other person, "f0" = first figure), or null if unknown. */
export function describeMark(analysis: Analysis | null, context: PageContext | null, kind: 'official' | 'person' | 'figure', id: string): HoverCardData | null {
  const i = Number(id.slice(1));
  if (!analysis || !Number.isInteger(i)) return null;
  if (kind === 'person') {
    const person = analysis.people[i];
    if (!person) return null;
    const n = person.mentions.length;
    return {
      kind,
      heading: person.name,
      details: [person.role ?? 'Not named as an official here', `Named ${n} time${n === 1 ? '' : 's'} in this article`],
      related: [],
    };
  }
  if (kind === 'official') {
    const person = analysis.officials[i];
    if (!person) return null;
    const officialId = context?.officialIds[i];
    const n = person.mentions.length;
    return {
      kind,
      heading: person.name,
      details: [person.role ?? 'Role not stated', `Named ${n} time${n === 1 ? '' : 's'} in this article`],
      related: (officialId && context?.relatedByOfficial[officialId]) || [],
    };
  }
  const figure = analysis.figures[i];
  if (!figure) return null;
  return {
    kind,
    heading: figure.text,
    details: [describeFigure(figure)],
    related: context?.relatedByFigure[figureKey(figure)] ?? [],
  };
}

/**
 * The card for one of the reader's notes (the note's text used to go in the mark's `title`, where
 * the page could read it; now it is shown only here, in the overlay). Null for an unknown note.
 */
export function describeNote(annotation: Annotation | undefined): HoverCardData | null {
  if (!annotation) return null;
  // A teammate's note (team sync) says whose it is first.
  const author = annotation.authorId ? [`Note by ${annotation.authorName || annotation.authorId}`] : [];
  const details = [...author, ...(annotation.tags.length > 0 ? [`Tags: ${annotation.tags.join(', ')}`] : []), 'Click, or press Enter, to edit'];
  return { kind: 'note', heading: annotation.note || 'Highlight without a note', details };
}
