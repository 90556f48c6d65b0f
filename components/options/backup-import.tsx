/**
 * Restoring from a file: read it, show what it holds and what is wrong with it, then merge or
 * replace. Replacing deletes everything first, so it needs a ticked confirmation.
 */
import { useState } from 'preact/hooks';

/** What the file holds, as the entrypoint's parser reports it. */
export interface ImportPreview {
  /** Record counts by kind ("annotations": 120, "articles": 40, ...). */
  counts: Record<string, number>;
  /** Problems found (the import may still go ahead with the good records). */
  errors: string[];
  /** Whether anything can be imported. */
  ok: boolean;
}

/** How imported records combine with what is stored. */
export type ImportMode = 'merge' | 'replace';

/** Props of {@link BackupImport}. */
export interface BackupImportProps {
  onParse: (file: File) => Promise<ImportPreview>;
  onImport: (mode: ImportMode) => Promise<void>;
}

/** File input, preview, mode choice and the guarded import button. */
export function BackupImport({ onParse, onImport }: BackupImportProps) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirmed, setConfirmed] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (err: unknown) => setError(err instanceof Error ? err.message : String(err));
  return (
    <section class="backup-import" aria-labelledby="import-h">
      <h2 id="import-h">Import</h2>
      <label>
        Backup or annotation file (JSON)
        <input
          type="file"
          accept=".json,application/json,application/ld+json"
          onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (!file) return;
            setPreview(null);
            setStatus(null);
            setError(null);
            setConfirmed(false);
            onParse(file).then(setPreview, fail);
          }}
        />
      </label>
      {error && (
        <p role="alert" class="alert">
          {error}
        </p>
      )}
      {preview && (
        <div class="preview">
          <ul aria-label="Found in the file">
            {Object.entries(preview.counts).map(([kind, n]) => (
              <li key={kind}>
                {n} {kind}
              </li>
            ))}
          </ul>
          {preview.errors.length > 0 && (
            <ul class="line-errors" aria-label="Problems">
              {preview.errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          )}
          <fieldset>
            <legend>How to import</legend>
            <label>
              <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              Merge with what is here
            </label>
            <label>
              <input type="radio" name="mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              Replace everything here
            </label>
          </fieldset>
          {mode === 'replace' && (
            <label class="danger">
              <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed((e.currentTarget as HTMLInputElement).checked)} />I understand this
              deletes all my current articles, notes and watchlist first.
            </label>
          )}
          <button
            type="button"
            disabled={!preview.ok || (mode === 'replace' && !confirmed)}
            onClick={() => {
              setStatus('Importing…');
              onImport(mode).then(
                () => setStatus('Import finished.'),
                (err) => {
                  setStatus(null);
                  fail(err);
                },
              );
            }}
          >
            {mode === 'replace' ? 'Replace with this file' : 'Merge this file'}
          </button>
        </div>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
