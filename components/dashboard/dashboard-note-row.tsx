/**
 * One note in the dashboard's list: a checkbox to select it, the quote, the note, its tags, and
 * its article (title, site, date) as a link. Fixed height, for the virtual list. Text only.
 */
import { noteArticleTitle } from '@/core/model/annotation';
import type { DashboardNote } from '@/core/model/reading-room';
import { dayLabel } from './format-date';

/** Props of {@link DashboardNoteRow}. */
export interface DashboardNoteRowProps {
  item: DashboardNote;
  selected: boolean;
  onToggle: (id: string, selected: boolean) => void;
  onOpen: (item: DashboardNote) => void;
}

/** The row. */
export function DashboardNoteRow({ item, selected, onToggle, onOpen }: DashboardNoteRowProps) {
  const { annotation: a, article } = item;
  return (
    <div class={`dash-note color-${a.color}`}>
      <input
        type="checkbox"
        checked={selected}
        aria-label={`Select the note on “${a.target.quote.exact.slice(0, 60)}”`}
        onChange={(e) => onToggle(a.id, (e.currentTarget as HTMLInputElement).checked)}
      />
      <div class="dash-note-body">
        <p class="quote">{a.target.quote.exact}</p>
        {a.note && <p class="note-text">{a.note}</p>}
        <p class="dash-note-meta muted">
          {a.tags.length > 0 && <span class="dash-tags">{a.tags.map((t) => `#${t}`).join(' ')}</span>}
          <button type="button" class="link" onClick={() => onOpen(item)}>
            {noteArticleTitle(a, article) ?? a.url}
          </button>
          <span>{[article?.siteName, dayLabel(item.date)].filter(Boolean).join(' · ')}</span>
        </p>
      </div>
    </div>
  );
}
