/**
 * Importing councillors from a CSV: choose a file, see which columns were used, the people found
 * and every problem line, then add them. Nothing is saved before the reader confirms.
 */
import { fileSizeError } from '@/core/import';
import { useState } from 'preact/hooks';
import { parseWatchlistCsv, type WatchlistDraft, type WatchlistParseResult } from '@/core/watchlist/parse-watchlist-csv';

/** Props of {@link WatchlistImport}. */
export interface WatchlistImportProps {
  onImport: (entries: WatchlistDraft[]) => void | Promise<void>;
}

const PREVIEW_ROWS = 20;

/** File picker, preview and confirm. Parsing runs here (pure core code); saving is the caller's. */
export function WatchlistImport({ onImport }: WatchlistImportProps) {
  const [result, setResult] = useState<WatchlistParseResult | null>(null);
  const [fileName, setFileName] = useState('');
  const [readError, setReadError] = useState<string | null>(null);
  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setFileName(file.name);
    try {
      setReadError(null);
      // Checked before reading: the file is never loaded when it is too large.
      const tooLarge = fileSizeError(file.size, file.name);
      if (tooLarge) throw new Error(tooLarge);
      setResult(parseWatchlistCsv(await file.text()));
    } catch (err) {
      setResult(null);
      setReadError(`Could not read ${file.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <section class="watchlist-import" aria-labelledby="wl-import-h">
      <h3 id="wl-import-h">Import councillors from a CSV</h3>
      <p class="muted">
        Works with Democracy Club, LGSF, Open Council Data UK and ModernGov exports, or any file with a "name" column (and optionally party, ward, council,
        role, aliases).
      </p>
      <label>
        CSV file
        <input type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />
      </label>
      {readError && (
        <p role="alert" class="alert">
          {readError}
        </p>
      )}
      {result && <Preview result={result} fileName={fileName} onImport={onImport} onCancel={() => setResult(null)} />}
    </section>
  );
}

function Preview({
  result,
  fileName,
  onImport,
  onCancel,
}: {
  result: WatchlistParseResult;
  fileName: string;
  onImport: WatchlistImportProps['onImport'];
  onCancel: () => void;
}) {
  const mapped = Object.entries(result.mapping);
  return (
    <div class="preview">
      <p role="status">
        {fileName}: {result.entries.length} {result.entries.length === 1 ? 'person' : 'people'} found
        {result.errors.length > 0 && `, ${result.errors.length} line${result.errors.length === 1 ? '' : 's'} with problems`}
        {result.skipped.length > 0 && `, ${result.skipped.length} not elected (left out)`}.
      </p>
      {mapped.length > 0 && <p class="muted">Columns used: {mapped.map(([field, header]) => `${header} → ${field}`).join(', ')}</p>}
      {result.errors.length > 0 && (
        <ul class="line-errors" aria-label="Problems">
          {result.errors.map((e) => (
            <li key={`${e.line}-${e.message}`}>{e.message}</li>
          ))}
        </ul>
      )}
      {result.entries.length > 0 && (
        <table>
          <caption>{result.entries.length > PREVIEW_ROWS ? `First ${PREVIEW_ROWS} of ${result.entries.length}` : 'People to add'}</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Name</th>
              <th scope="col">Party</th>
              <th scope="col">Ward</th>
              <th scope="col">Council</th>
            </tr>
          </thead>
          <tbody>
            {result.entries.slice(0, PREVIEW_ROWS).map((e) => (
              <tr key={e.line}>
                <td>{e.line}</td>
                <th scope="row">{e.name}</th>
                <td>{e.party}</td>
                <td>{e.ward}</td>
                <td>{e.council}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        <button type="button" disabled={result.entries.length === 0} onClick={() => void onImport(result.entries)}>
          Add {result.entries.length} to watchlist
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
