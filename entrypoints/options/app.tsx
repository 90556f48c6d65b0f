/**
 * The options page: watchlist (table and CSV import), reader settings, export and import.
 * Data comes from live queries; every write goes through storage/ and failures are shown.
 */
import { ErrorAlert } from '@/components/common/error-alert';
import { ExportMenu } from '@/components/common/export-menu';
import { BackupImport } from '@/components/options/backup-import';
import { SettingsForm } from '@/components/options/settings-form';
import { TeamSync } from '@/components/options/team-sync';
import { WatchlistImport } from '@/components/options/watchlist-import';
import { WatchlistTable } from '@/components/options/watchlist-table';
import { matchPatterns } from '@/core/settings/site-match';
import { watchlistIdFor } from '@/core/watchlist/watchlist-id';
import { getSettings, putSettings } from '@/storage/settings';
import { addWatchlistEntry, bulkPutWatchlist, listWatchlist, removeWatchlistEntry, updateWatchlistEntry } from '@/storage/watchlist';
import { db } from '@/extension-pages/database';
import { useConnection } from '@/extension-pages/hooks/use-connection';
import { useError } from '@/extension-pages/hooks/use-error';
import { useLiveQuery } from '@/extension-pages/hooks/use-live-query';
import { runExport } from '@/extension-pages/run-export';
import { useBackupImport } from './hooks/use-backup-import';
import { useTeamSync } from './hooks/use-team-sync';

/** The options page's root component. */
export function OptionsApp() {
  const { error, setError, guard } = useError();
  const connection = useConnection();
  const watchlist = useLiveQuery(() => listWatchlist(db), []);
  const settings = useLiveQuery(() => getSettings(db), []);
  const backup = useBackupImport();
  const team = useTeamSync();
  return (
    <main class="options">
      <h1>Council Lens</h1>
      <p>
        <a href="/dashboard.html" target="_blank" rel="noopener">
          Open the dashboard
        </a>{' '}
        (all your notes, officials' timelines and shared figures)
      </p>
      <ErrorAlert error={error ?? connection.notice ?? watchlist.error ?? settings.error} onDismiss={() => setError(null)} />
      <section aria-labelledby="watchlist-h">
        <h2 id="watchlist-h">Watchlist</h2>
        <p class="muted">People on your watchlist are recognised in articles even when named only by surname or title.</p>
        <WatchlistTable
          entries={watchlist.value ?? []}
          onAdd={guard((fields) => addWatchlistEntry(db, { ...fields, id: crypto.randomUUID() }, new Date()))}
          onUpdate={guard((id: string, fields) => updateWatchlistEntry(db, id, fields, new Date()))}
          onRemove={guard((id: string) => removeWatchlistEntry(db, id))}
        />
        <WatchlistImport
          onImport={guard(async (drafts) => {
            const inputs = drafts.map(({ line: _line, sourceId, ...fields }) => ({ ...fields, id: watchlistIdFor({ ...fields, sourceId }) }));
            await bulkPutWatchlist(db, inputs, new Date());
          })}
        />
      </section>
      {settings.value && (
        <SettingsForm
          settings={settings.value}
          onChange={guard((changes) => putSettings(db, changes))}
          onAddSite={guard(async (host: string) => {
            // Ask for the site at once, inside the click, as permissions.request requires.
            const granted = await browser.permissions.request({ origins: matchPatterns([host]) });
            if (!granted) throw new Error(`${host} was not added: the browser did not grant access to it.`);
            const current = await getSettings(db);
            await putSettings(db, { sites: [...current.sites, host] });
          })}
        />
      )}
      {/* Keyed by the saved address so the form fills in once the saved settings are read. */}
      <TeamSync key={team.saved.url} status={team.status} saved={team.saved} onConnect={team.connect} onDisconnect={team.disconnect} />
      <section aria-labelledby="export-h">
        <h2 id="export-h">Export</h2>
        <ExportMenu scopes={['everything']} onExport={guard((scope, format) => runExport(scope, format, {}))} />
      </section>
      <BackupImport onParse={backup.parse} onImport={backup.commit} />
    </main>
  );
}
