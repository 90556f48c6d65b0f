/**
 * Sync clients for the server tests: HocuspocusProvider on Node 20 (which has no global
 * WebSocket, hence the polyfill from `ws`), plus waiting helpers driven by events, not clocks.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { teamDocumentName } from '../../shared/team-document';
import { issueToken, type Role } from '../../src/tokens';
import { loadOrCreateSecret } from '../../src/secret';

/** A token from the data folder's secret, made in-process (the CLI has its own test). */
export function tokenFor(dataDir: string, team: string, user: string, role: Role = 'member', nowMs?: number): Promise<string> {
  return issueToken(loadOrCreateSecret(dataDir), { team, user, role, days: 1, nowMs });
}

/** What happened to a client, in order. */
export interface ClientEvents {
  authenticated: boolean;
  failed: string[];
  closed: string[];
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  events: ClientEvents;
  /**
   * Resolves when `check()` holds, re-checking on every change and provider event; rejects
   * after `ms` (naming `what`), so a wait that can never end fails instead of hanging the run.
   */
  until(check: () => boolean, what?: string, ms?: number): Promise<void>;
  /** Resolves once the server has acknowledged every local change. */
  flushed(): Promise<void>;
  destroy(): void;
}

/** Connects to `url` for a document (default: the team's) with a token (or none). */
export function connect(url: string, opts: { team?: string; name?: string; token: string | null }): TestClient {
  const doc = new Y.Doc();
  const events: ClientEvents = { authenticated: false, failed: [], closed: [] };
  const listeners = new Set<() => void>();
  const poke = () => listeners.forEach((l) => l());
  const provider = new HocuspocusProvider({
    url,
    name: opts.name ?? teamDocumentName(opts.team!),
    token: opts.token,
    document: doc,
    WebSocketPolyfill: WebSocket,
    onAuthenticated: () => {
      events.authenticated = true;
      poke();
    },
    onAuthenticationFailed: ({ reason }) => {
      events.failed.push(reason);
      poke();
    },
    onClose: ({ event }) => {
      if (event.reason) events.closed.push(event.reason);
      poke();
    },
    onSynced: poke,
    onUnsyncedChanges: poke,
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  doc.on('update', poke);
  let destroyed = false;
  const until = (check: () => boolean, what = 'a sync client condition', ms = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(l);
        reject(new Error(`Timed out after ${ms} ms waiting for ${what}`));
      }, ms);
      const l = () => {
        if (check()) {
          clearTimeout(timer);
          listeners.delete(l);
          resolve();
        }
      };
      listeners.add(l);
      l();
    });
  return {
    doc,
    provider,
    events,
    until,
    flushed: () => until(() => provider.isSynced && !provider.hasUnsyncedChanges, 'the server to acknowledge every change'),
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      provider.destroy();
      doc.destroy();
    },
  };
}
