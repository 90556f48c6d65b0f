/**
 * The reader's own highlights on the page: placing stored annotations again (position, quote,
 * fuzzy quote — see core/anchoring/anchor.ts), drawing them, and removing them. What cannot be
 * placed is reported as an orphan; it is never deleted.
 */
import { anchor } from '@/core/anchoring/anchor';
import { pageTextIndex } from '@/core/anchoring/page-text';
import { highlightOffsets, type HighlightSpan } from '@/core/highlight/highlight-offsets';
import { removeHighlights } from '@/core/highlight/remove-highlights';
import type { Annotation } from '@/core/model/annotation';

export interface PlaceResult {
  placed: string[];
  orphaned: string[];
}

/** Draws annotations on `doc` and remembers their elements by annotation id. */
export class NoteLayer {
  private readonly marks = new Map<string, HTMLElement[]>();

  constructor(private readonly doc: Document) {}

  /** Removes every drawn note and draws `annotations` again, anchoring all against one text index. */
  placeAll(annotations: readonly Annotation[]): PlaceResult {
    this.clear();
    const result: PlaceResult = { placed: [], orphaned: [] };
    // Most pages have no notes: no walk of the page for them.
    if (annotations.length === 0) return result;
    const index = pageTextIndex(this.doc);
    const spans: HighlightSpan[] = [];
    for (const a of annotations) {
      const found = anchor(index.root, a.target, index);
      if (!found) {
        result.orphaned.push(a.id);
        continue;
      }
      result.placed.push(a.id);
      spans.push(noteSpan(a, found.start, found.end));
    }
    const order = spans.map((_, i) => i).sort((x, y) => spans[x]!.start - spans[y]!.start);
    const sorted = order.map((i) => spans[i]!);
    highlightOffsets(index, sorted).forEach((els, i) => this.marks.set(sorted[i]!.id, els));
    return result;
  }

  /** Draws one new annotation at known page-text offsets. */
  draw(annotation: Annotation): boolean {
    this.remove(annotation.id);
    const index = pageTextIndex(this.doc);
    const found = anchor(index.root, annotation.target, index);
    if (!found) return false;
    const [els] = highlightOffsets(index, [noteSpan(annotation, found.start, found.end)]);
    this.marks.set(annotation.id, els ?? []);
    return true;
  }

  /** Updates the colour of a drawn annotation in place. */
  recolor(annotation: Annotation): void {
    for (const el of this.marks.get(annotation.id) ?? []) el.setAttribute('data-council-lens-color', annotation.color);
  }

  elements(id: string): HTMLElement[] {
    return this.marks.get(id) ?? [];
  }

  remove(id: string): void {
    const els = this.marks.get(id);
    if (els) removeHighlights(els);
    this.marks.delete(id);
  }

  clear(): void {
    for (const id of [...this.marks.keys()]) this.remove(id);
  }
}

function noteSpan(a: Annotation, start: number, end: number): HighlightSpan {
  return {
    start,
    end,
    kind: 'note',
    id: a.id,
    focusable: true,
    // Only the colour, which the page can see anyway: the note's text, tags and id never go into
    // the page (the hover card shows them, inside the overlay's closed shadow root).
    // A teammate's note is marked as such (not whose: names stay in the overlay too).
    dataset: a.authorId ? { councilLensColor: a.color, councilLensTeam: '' } : { councilLensColor: a.color },
  };
}
