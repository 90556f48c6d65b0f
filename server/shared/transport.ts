/**
 * Which sync server addresses the extension may use: `wss://` to any host, `ws://` only to the
 * loopback (127.0.0.1, ::1, localhost), where no network sees the token. TLS is terminated by the
 * reverse proxy or load balancer in front of the server (see server/README.md).
 */

export type SyncUrlCheck = { ok: true; url: string; origin: string } | { ok: false; reason: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for the loopback host names the server may be reached on without TLS. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname.toLowerCase());
}

/**
 * Checks a server address typed by the reader. `origin` is the `https://` or `http://` origin to ask
 * host permission for (browsers grant WebSocket hosts through their http(s) origin).
 */
export function checkSyncUrl(input: string): SyncUrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: 'Not a valid address.' };
  }
  if (url.username || url.password) return { ok: false, reason: 'The address must not contain a user name or password.' };
  if (url.protocol === 'wss:') {
    return { ok: true, url: url.href, origin: `https://${url.host}` };
  }
  if (url.protocol === 'ws:') {
    if (!isLoopbackHost(url.hostname)) {
      return { ok: false, reason: 'Use wss:// for any server other than this computer (127.0.0.1 or localhost).' };
    }
    return { ok: true, url: url.href, origin: `http://${url.host}` };
  }
  return { ok: false, reason: 'The address must start with wss:// (or ws:// for this computer only).' };
}
