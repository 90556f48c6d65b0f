/** The watchlist as a table: add a person, edit a row in place, remove one. */
import { useState } from 'preact/hooks';
import type { WatchlistRecord } from '@/core/model/records';

/** The editable fields of a watchlist entry. */
export type WatchlistFields = Pick<WatchlistRecord, 'name' | 'aliases' | 'role' | 'party' | 'ward' | 'council'>;

/** Props of {@link WatchlistTable}. */
export interface WatchlistTableProps {
  entries: WatchlistRecord[];
  onAdd: (entry: WatchlistFields) => void | Promise<void>;
  onUpdate: (id: string, entry: WatchlistFields) => void | Promise<void>;
  onRemove: (id: string) => void | Promise<void>;
}

const FIELDS = ['name', 'role', 'party', 'ward', 'council'] as const;
const EMPTY: Record<(typeof FIELDS)[number] | 'aliases', string> = { name: '', role: '', party: '', ward: '', council: '', aliases: '' };

function toDraft(e: WatchlistRecord) {
  return { name: e.name, role: e.role ?? '', party: e.party ?? '', ward: e.ward ?? '', council: e.council ?? '', aliases: e.aliases.join('; ') };
}

function toInput(d: typeof EMPTY): WatchlistFields {
  const opt = (s: string) => s.trim() || null;
  return {
    name: d.name.trim(),
    role: opt(d.role),
    party: opt(d.party),
    ward: opt(d.ward),
    council: opt(d.council),
    aliases: d.aliases
      .split(';')
      .map((a) => a.trim())
      .filter(Boolean),
  };
}

function EditRow({
  initial,
  label,
  onSubmit,
  onCancel,
}: {
  initial: typeof EMPTY;
  label: string;
  onSubmit: (d: WatchlistFields) => void;
  onCancel?: () => void;
}) {
  const [d, setD] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof typeof EMPTY) => (e: Event) => setD({ ...d, [k]: (e.currentTarget as HTMLInputElement).value });
  return (
    <tr>
      {FIELDS.map((f) => (
        <td key={f}>
          <input type="text" aria-label={`${label}: ${f}`} value={d[f]} onInput={set(f)} aria-invalid={f === 'name' && error ? true : undefined} />
        </td>
      ))}
      <td>
        <input type="text" aria-label={`${label}: aliases (separate with ;)`} value={d.aliases} onInput={set('aliases')} />
      </td>
      <td>
        <button
          type="button"
          onClick={() => {
            if (!d.name.trim()) return setError('A name is needed.');
            setError(null);
            onSubmit(toInput(d));
            if (!onCancel) setD(EMPTY);
          }}
        >
          {onCancel ? 'Save' : 'Add'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        {error && (
          <span role="alert" class="field-error">
            {error}
          </span>
        )}
      </td>
    </tr>
  );
}

/** Table with an add row at the foot. */
export function WatchlistTable({ entries, onAdd, onUpdate, onRemove }: WatchlistTableProps) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      <p class="muted" role="status">
        {entries.length === 0
          ? 'Nobody on your watchlist yet. Add people in the row below, or import a CSV.'
          : `${entries.length} ${entries.length === 1 ? 'person' : 'people'} on your watchlist`}
      </p>
      {/* The scroll box keeps seven columns usable on a narrow window instead of widening the page. */}
      <div class="table-scroll">
        <table class="watchlist" aria-label="Watchlist">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Party</th>
              <th scope="col">Ward</th>
              <th scope="col">Council</th>
              <th scope="col">Also known as</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) =>
              editing === e.id ? (
                <EditRow
                  key={e.id}
                  label={`Edit ${e.name}`}
                  initial={toDraft(e)}
                  onCancel={() => setEditing(null)}
                  onSubmit={(input) => {
                    setEditing(null);
                    void onUpdate(e.id, input);
                  }}
                />
              ) : (
                <tr key={e.id}>
                  <th scope="row">{e.name}</th>
                  <td>{e.role}</td>
                  <td>{e.party}</td>
                  <td>{e.ward}</td>
                  <td>{e.council}</td>
                  <td>{e.aliases.join('; ')}</td>
                  <td>
                    <button type="button" class="link" aria-label={`Edit ${e.name}`} onClick={() => setEditing(e.id)}>
                      Edit
                    </button>
                    <button type="button" class="link danger" aria-label={`Remove ${e.name}`} onClick={() => void onRemove(e.id)}>
                      Remove
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
          <tfoot>
            <EditRow label="New person" initial={EMPTY} onSubmit={(input) => void onAdd(input)} />
          </tfoot>
        </table>
      </div>
    </>
  );
}
