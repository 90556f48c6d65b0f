/**
 * The options page's "Team sync" section: server address, token and the name teammates see,
 * Connect / Disconnect, and the connection's status in words. Props in, callbacks out: the page
 * asks for the host permission and talks to the background.
 */
import { useState } from 'preact/hooks';
import type { SyncStatus } from '@/sync/session';
import { describeRefusal } from '@/sync/refusal-text';

/** Props of {@link TeamSync}. */
export interface TeamSyncProps {
  /** The connection's status, or null while it is being read. */
  status: SyncStatus | null;
  /** What was saved last time (the token is never shown again, only whether one is saved). */
  saved: { url: string; name: string; hasToken: boolean };
  /** Connects; an empty token means "the saved one". Rejects with a message to show. */
  onConnect: (req: { url: string; token: string; name: string }) => Promise<void>;
  onDisconnect: () => Promise<void>;
}

const STATE_WORDS: Record<SyncStatus['state'], string> = {
  off: 'Not connected. Nothing leaves this browser.',
  connecting: 'Connecting…',
  connected: 'Connected.',
  offline: 'Offline: changes are kept here and sent when the server is reachable again.',
  refused: 'Refused by the server.',
};

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : 'never');

/** The form and status; every control is labelled. */
export function TeamSync({ status, saved, onConnect, onDisconnect }: TeamSyncProps) {
  const [url, setUrl] = useState(saved.url);
  const [token, setToken] = useState('');
  const [name, setName] = useState(saved.name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = status !== null && status.state !== 'off' && status.state !== 'refused';
  const act = (op: () => Promise<void>) => async () => {
    setBusy(true);
    setError(null);
    try {
      await op();
      setToken('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="team-sync" aria-labelledby="team-sync-h">
      <h2 id="team-sync-h">Team sync</h2>
      <p class="muted">
        Share notes, links and the watchlist with your team through your team’s sync server. Article text never leaves this browser, nor do notes marked
        private.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => onConnect({ url, token, name }))();
        }}
      >
        <label>
          Server address
          <input type="url" placeholder="wss://sync.example.org" value={url} onInput={(e) => setUrl(e.currentTarget.value)} required />
        </label>
        <label>
          Token
          <input
            type="password"
            autocomplete="off"
            placeholder={saved.hasToken ? '(saved: leave empty to keep it)' : 'Paste the token from your team admin'}
            value={token}
            onInput={(e) => setToken(e.currentTarget.value)}
            required={!saved.hasToken}
          />
        </label>
        <label>
          Your name (shown on your notes)
          <input type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {running ? 'Reconnect' : 'Connect'}
          </button>
          <button type="button" disabled={busy || !running} onClick={act(onDisconnect)}>
            Disconnect
          </button>
        </div>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {status && (
        <dl class="sync-status" aria-live="polite">
          <dt>Status</dt>
          <dd data-state={status.state}>{STATE_WORDS[status.state]}</dd>
          {status.team && (
            <>
              <dt>Team</dt>
              <dd>
                {status.team} (as {status.user})
              </dd>
            </>
          )}
          <dt>Last synced</dt>
          <dd>{when(status.lastSyncedAt)}</dd>
          <dt>Changes waiting</dt>
          <dd>{status.changesWaiting}</dd>
          {status.refusal && (
            <>
              <dt>Reason</dt>
              <dd class="refusal">{describeRefusal(status.refusal)}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
