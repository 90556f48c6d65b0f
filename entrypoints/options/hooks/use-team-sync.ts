/**
 * Team sync for the options page: the background's status (read every second while the page is
 * open), what was saved, and Connect (host permission for that server's origin only, asked inside
 * the click) / Disconnect through messages.
 */
import { useEffect, useState } from 'preact/hooks';
import { backgroundMessaging } from '@/messaging/protocol';
import { checkSyncUrl } from '@/server/shared/transport';
import { getSyncConfig } from '@/storage/sync-config';
import type { SyncStatus } from '@/sync/session';
import { db } from '@/extension-pages/database';
import { useLiveQuery } from '@/extension-pages/hooks/use-live-query';

/** Host permission pattern for a sync server's origin (any port: match patterns have none). */
function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

/** State and actions for the Team sync section. */
export function useTeamSync() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const config = useLiveQuery(() => getSyncConfig(db), []);
  useEffect(() => {
    let stopped = false;
    const read = () =>
      void backgroundMessaging
        .sendMessage('syncStatus', undefined)
        .then((s) => !stopped && setStatus(s))
        .catch(() => undefined);
    read();
    const timer = setInterval(read, 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  const saved = { url: config.value?.url ?? '', name: config.value?.name ?? '', hasToken: !!config.value?.token };
  return {
    status,
    saved,
    connect: async (req: { url: string; token: string; name: string }) => {
      const checked = checkSyncUrl(req.url);
      if (!checked.ok) throw new Error(checked.reason);
      // Inside the click, before anything else is awaited, as permissions.request requires.
      const granted = await browser.permissions.request({ origins: [originPattern(checked.origin)] });
      if (!granted) throw new Error('Not connected: the browser did not grant access to that server.');
      const token = req.token.trim() || config.value?.token || '';
      setStatus(await backgroundMessaging.sendMessage('syncConnect', { url: checked.url, token, name: req.name }));
    },
    disconnect: async () => setStatus(await backgroundMessaging.sendMessage('syncDisconnect', undefined)),
  };
}
