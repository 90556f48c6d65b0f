// @vitest-environment happy-dom
/**
 * useNotes while the reader is reaching for the Notes tab (`primed`): the first page of notes is
 * read so that it is ready at the click, but the filter choices wait until the tab is shown.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY } from '@/components/popup/notes-query';
import { db } from '@/extension-pages/database';
import { useNotes } from '@/extension-pages/reader/use-notes';
import { saveAnnotation } from '@/storage/annotations';
import { annotation, NOW, submission } from '../storage/fixtures';

function Notes({ shown, primed }: { shown: boolean; primed: boolean }) {
  const notes = useNotes(EMPTY_QUERY, shown, primed);
  return (
    <output>
      {notes.total} notes; tags: {notes.options.tags.join(',') || 'none'}
    </output>
  );
}

const settle = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
};

describe('the Notes tab reached for but not yet shown', () => {
  it('reads the first page, and the filter choices only once the tab is shown', async () => {
    const A = 'https://wessex-gazette.example/news/primed';
    await saveAnnotation(db, { annotation: annotation('p1', A, { tags: ['budget'] }), article: submission(A) }, NOW);
    const host = document.createElement('div');
    document.body.append(host);
    const out = () => host.querySelector('output')!.textContent;

    await act(() => render(<Notes shown={false} primed={false} />, host));
    await act(() => new Promise((r) => setTimeout(r, 60)));
    expect(out()).toBe('0 notes; tags: none');

    await act(() => render(<Notes shown={false} primed={true} />, host));
    await settle(() => out() !== '0 notes; tags: none');
    await act(() => new Promise((r) => setTimeout(r, 60)));
    expect(out()).toBe('1 notes; tags: none');

    await act(() => render(<Notes shown={true} primed={true} />, host));
    await settle(() => out() === '1 notes; tags: budget');
    expect(out()).toBe('1 notes; tags: budget');
    render(null, host);
  });
});
