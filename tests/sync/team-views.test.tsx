// @vitest-environment happy-dom
/** Teammates' notes in the popup list, the private switch, and the options page's Team sync section. */
import { describe, expect, it, vi } from 'vitest';
import { NoteRow } from '@/components/popup/note-row';
import { NoteEditor } from '@/components/popup/note-editor';
import { TeamSync } from '@/components/options/team-sync';
import { makeAnnotation } from '../components/fixtures';
import { click, mount } from '../components/render';

const noop = () => undefined;

describe('team sync in the pages', () => {
  it('a teammate’s note shows their name and a distinct style; the reader’s own does not', () => {
    const mate = mount(
      <NoteRow
        item={{ annotation: makeAnnotation(1, { authorId: 'ben', authorName: 'Ben Ito' }), article: null }}
        onOpen={noop}
        onEdit={noop}
        onDelete={noop}
      />,
    );
    expect(mate.querySelector('.note-row')!.classList.contains('teammate')).toBe(true);
    expect(mate.querySelector('.author')!.textContent).toContain('Ben Ito');
    const mine = mount(<NoteRow item={{ annotation: makeAnnotation(2), article: null }} onOpen={noop} onEdit={noop} onDelete={noop} />);
    expect(mine.querySelector('.teammate, .author')).toBeNull();
  });

  it('a teammate’s note on a story this profile never saved shows the title sync carried, not the address', () => {
    const annotation = makeAnnotation(1, { authorId: 'ben', authorName: 'Ben Ito', articleTitle: 'Budget gap grows to £4m' });
    const row = mount(<NoteRow item={{ annotation, article: null }} onOpen={noop} onEdit={noop} onDelete={noop} />);
    expect(row.textContent).toContain('Budget gap grows to £4m');
    expect(row.textContent).not.toContain(annotation.url);
  });

  it('the editor’s private switch is saved with the note, and not offered on a teammate’s', () => {
    const onSave = vi.fn();
    const root = mount(<NoteEditor annotation={makeAnnotation(1)} onSave={onSave} onCancel={noop} />);
    click(root.querySelector<HTMLInputElement>('.private-switch input')!);
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ private: true }));
    const mate = mount(<NoteEditor annotation={makeAnnotation(2, { authorId: 'ben' })} onSave={noop} onCancel={noop} />);
    expect(mate.querySelector('.private-switch')).toBeNull();
  });

  it('the Team sync section shows the status and the refusal in words', () => {
    const root = mount(
      <TeamSync
        status={{ state: 'refused', team: 'harbour', user: 'ana', changesWaiting: 2, lastSyncedAt: null, refusal: 'token-expired' }}
        saved={{ url: 'wss://sync.example', name: 'Ana', hasToken: true }}
        onConnect={() => Promise.resolve()}
        onDisconnect={() => Promise.resolve()}
      />,
    );
    const text = root.querySelector('.sync-status')!.textContent!;
    expect(text).toContain('Refused');
    expect(text).toContain('expired');
    expect(text).toContain('2');
    for (const input of root.querySelectorAll('input')) expect(input.closest('label')).not.toBeNull();
  });
});

describe('a teammate’s note on the page', () => {
  it('its hover card says whose it is; the reader’s own does not', async () => {
    const { describeNote } = await import('@/content/describe-mark');
    expect(describeNote(makeAnnotation(1, { authorId: 'ben', authorName: 'Ben Ito' }))!.details[0]).toBe('Note by Ben Ito');
    expect(describeNote(makeAnnotation(2))!.details.join(' ')).not.toContain('Note by');
  });
});

describe('the page’s note editor', () => {
  it('saves the private switch, and offers none on a teammate’s note', async () => {
    const { NoteEditor: PageNoteEditor } = await import('@/components/page/note-editor');
    const onSave = vi.fn();
    const initial = { note: 'n', tags: [], color: 'yellow' as const };
    const root = mount(<PageNoteEditor x={0} y={0} quote="q" initial={initial} onSave={onSave} onCancel={noop} />);
    click(root.querySelector<HTMLInputElement>('.private-switch input')!);
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ private: true }));
    const mate = mount(<PageNoteEditor x={0} y={0} quote="q" initial={initial} authorName="Ben Ito" onSave={noop} onCancel={noop} />);
    expect(mate.querySelector('.private-switch')).toBeNull();
    expect(mate.textContent).toContain('Note by Ben Ito');
  });
});
