// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { describeOffsets } from '@/core/anchoring/describe';
import { pageTextIndex } from '@/core/anchoring/page-text';
import type { Annotation } from '@/core/model/annotation';
import { NoteLayer } from '@/content/note-layer';

function annotationFor(phrase: string, id: string): Annotation {
  const index = pageTextIndex(document);
  const start = index.text.indexOf(phrase);
  return {
    id,
    articleId: 'a',
    url: 'https://news.example/a',
    target: describeOffsets(index, start, start + phrase.length),
    color: 'green',
    note: 'check',
    tags: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

beforeEach(() => {
  document.body.innerHTML = '<article><p>The cabinet agreed a <b>£2m</b> cut to youth services.</p><p>Cllr Ada Moss voted against it.</p></article>';
});

describe('NoteLayer', () => {
  it('places notes, reports orphans, and removes its marks cleanly', () => {
    const kept = annotationFor('£2m cut to youth', 'n1');
    const lost = annotationFor('Ada Moss voted', 'n2');
    const original = document.body.innerHTML;
    document.querySelector('p:last-child')!.textContent = 'The vote was postponed.';
    const edited = document.body.innerHTML;

    const layer = new NoteLayer(document);
    expect(layer.placeAll([kept, lost])).toEqual({ placed: ['n1'], orphaned: ['n2'] });
    const marks = layer.elements('n1');
    expect(marks.map((m) => m.textContent).join('')).toBe('£2m cut to youth');
    expect(marks.every((m) => m.getAttribute('data-council-lens-color') === 'green')).toBe(true);

    layer.clear();
    expect(document.body.innerHTML).toBe(edited);
    expect(original).not.toBe(edited);
  });

  it('recolours a drawn note in place', () => {
    const layer = new NoteLayer(document);
    const a = annotationFor('youth services', 'n3');
    expect(layer.draw(a)).toBe(true);
    layer.recolor({ ...a, color: 'pink' });
    expect(layer.elements('n3')[0]?.getAttribute('data-council-lens-color')).toBe('pink');
  });
});
