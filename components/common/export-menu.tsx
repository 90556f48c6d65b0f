/**
 * Lets the reader choose what to export (scope) and how (format). The entrypoint does the work,
 * so the same menu serves the popup and the options page.
 */
import { useState } from 'preact/hooks';
import { formatsFor, type ExportFormat } from '@/core/export/formats';

export type { ExportFormat };

/** What to export. */
export type ExportScope = 'everything' | 'filter' | 'article' | 'official';

/** Human labels, in menu order. */
export const SCOPE_LABELS: Record<ExportScope, string> = {
  everything: 'Everything',
  filter: 'Notes matching the current filter',
  article: 'This article',
  official: 'This official',
};

/** Props of {@link ExportMenu}. */
export interface ExportMenuProps {
  /** Scopes that make sense where the menu is shown (no "this article" on the options page). */
  scopes: ExportScope[];
  onExport: (scope: ExportScope, format: ExportFormat) => void | Promise<void>;
  busy?: boolean;
}

/** Two labelled selects and an Export button. The dossier format only goes with one official. */
export function ExportMenu({ scopes, onExport, busy = false }: ExportMenuProps) {
  const [scope, setScope] = useState<ExportScope>(scopes[0] ?? 'everything');
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const formats = formatsFor(scope === 'official');
  const chosen = formats.some((f) => f.id === format) ? format : 'markdown';
  return (
    <form
      class="export-menu"
      onSubmit={(e) => {
        e.preventDefault();
        void onExport(scope, chosen);
      }}
    >
      <label>
        What
        <select value={scope} onChange={(e) => setScope((e.currentTarget as HTMLSelectElement).value as ExportScope)}>
          {scopes.map((s) => (
            <option key={s} value={s}>
              {SCOPE_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Format
        <select value={chosen} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormat)}>
          {formats.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" class="primary" disabled={busy}>
        {busy ? 'Exporting…' : 'Export'}
      </button>
    </form>
  );
}
