/**
 * What to do with the selected notes: select all that match or none, add a tag, delete (an Undo
 * follows), or export them in any format of the export registry.
 */
import { useState } from 'preact/hooks';
import { formatsFor, type ExportFormat } from '@/core/export/formats';
import { formatNumber } from '@/core/format-number';

/** Props of {@link BulkBar}. */
export interface BulkBarProps {
  selected: number;
  matching: number;
  onSelectAll: () => void;
  onClear: () => void;
  onTag: (tag: string) => void | Promise<void>;
  onDelete: () => void | Promise<void>;
  onExport: (format: ExportFormat) => void | Promise<void>;
  /** The last delete's size, while it can still be undone. */
  undoable: number | null;
  onUndo: () => void | Promise<void>;
}

/** The toolbar over the list. */
export function BulkBar(props: BulkBarProps) {
  const [tag, setTag] = useState('');
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const none = props.selected === 0;
  return (
    <div class="bulk-bar" role="toolbar" aria-label="Selected notes">
      <p class="bulk-count" role="status">
        {formatNumber(props.selected)} of {formatNumber(props.matching)} selected
      </p>
      <button type="button" onClick={props.onSelectAll} disabled={props.matching === 0 || props.selected === props.matching}>
        Select all {formatNumber(props.matching)}
      </button>
      <button type="button" onClick={props.onClear} disabled={none}>
        Select none
      </button>
      <form
        class="bulk-tag"
        onSubmit={(e) => {
          e.preventDefault();
          if (!tag.trim()) return;
          void Promise.resolve(props.onTag(tag.trim())).then(() => setTag(''));
        }}
      >
        <label>
          <span class="visually-hidden">Tag to add</span>
          <input type="text" placeholder="tag" value={tag} onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="submit" disabled={none || !tag.trim()}>
          Add tag
        </button>
      </form>
      <button type="button" class="danger" onClick={props.onDelete} disabled={none}>
        Delete
      </button>
      <form
        class="bulk-export"
        onSubmit={(e) => {
          e.preventDefault();
          void props.onExport(format);
        }}
      >
        <label>
          <span class="visually-hidden">Export format</span>
          <select value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
            {formatsFor(false).map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={none}>
          Export
        </button>
      </form>
      {props.undoable !== null && (
        <p class="bulk-undo" role="status">
          Deleted {formatNumber(props.undoable)} note{props.undoable === 1 ? '' : 's'}.{' '}
          <button type="button" onClick={props.onUndo}>
            Undo
          </button>
        </p>
      )}
    </div>
  );
}
