/**
 * Authentication: every connection must present a valid token for `team/<the token's team>`.
 * Readers' connections are read-only. Live connections are closed when their token expires or its
 * user is revoked (checked when the revocation file changes and every `recheckSeconds`).
 */
import fs from 'node:fs';
import type { Extension, onAuthenticatePayload, onConnectPayload, onDisconnectPayload, Hocuspocus } from '@hocuspocus/server';
import { REFUSAL } from '../shared/refusals';
import { teamIdFromDocumentName } from '../shared/team-document';
import type { Logger } from './log';
import { RevocationList, REVOCATION_FILE } from './revocations';
import { TokenError, verifyToken, type TokenClaims } from './tokens';

/** What the server keeps about an authenticated connection (Hocuspocus `context`). */
export interface AuthContext {
  claims?: TokenClaims;
}

/** Close code sent with a refusal after connect (4xxx are application codes). */
const CLOSE_UNAUTHORIZED = 4401;

/** The authentication extension. Call `stop()` on shutdown to drop the watcher and timer. */
export class TeamAuth implements Extension {
  extensionName = 'TeamAuth';
  private readonly revocations: RevocationList;
  private instance: Hocuspocus | null = null;
  private watcher: fs.FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly secret: Uint8Array,
    private readonly dataDir: string,
    private readonly log: Logger,
    private readonly recheckSeconds: number,
  ) {
    this.revocations = new RevocationList(dataDir);
    this.revocations.refresh();
  }

  async onConfigure({ instance }: { instance: Hocuspocus }): Promise<void> {
    this.instance = instance;
    // Watch the folder, not the file: the revoke command replaces the file by rename.
    this.watcher = fs.watch(this.dataDir, (_type, name) => {
      if (name === REVOCATION_FILE) this.recheck();
    });
    this.timer = setInterval(() => this.recheck(), this.recheckSeconds * 1000);
    this.timer.unref();
  }

  async onAuthenticate(data: onAuthenticatePayload): Promise<AuthContext> {
    const { documentName, token, connectionConfig } = data;
    let claims: TokenClaims;
    try {
      claims = await verifyToken(this.secret, token);
    } catch (e) {
      const reason = e instanceof TokenError ? e.reason : REFUSAL.tokenInvalid;
      this.log({ event: 'refused', reason, document: documentName });
      throw { reason };
    }
    const who = { team: claims.team, user: claims.user };
    this.revocations.refresh();
    if (this.revocations.isRevoked(claims.user, claims.issuedAt)) {
      this.log({ event: 'refused', reason: REFUSAL.tokenRevoked, document: documentName, ...who });
      throw { reason: REFUSAL.tokenRevoked };
    }
    if (teamIdFromDocumentName(documentName) !== claims.team) {
      this.log({ event: 'refused', reason: REFUSAL.wrongTeam, document: documentName, ...who });
      throw { reason: REFUSAL.wrongTeam };
    }
    connectionConfig.readOnly = claims.role === 'reader';
    return { claims };
  }

  async connected(data: onConnectPayload & { context: AuthContext; socketId: string }): Promise<void> {
    const c = data.context.claims;
    if (c) this.log({ event: 'connected', team: c.team, user: c.user, role: c.role, socket: data.socketId });
  }

  async onDisconnect(data: onDisconnectPayload): Promise<void> {
    const c = (data.context as AuthContext).claims;
    if (c) this.log({ event: 'disconnected', team: c.team, user: c.user, socket: data.socketId });
  }

  /** Closes live connections whose token has expired or whose user was revoked. */
  recheck(): void {
    try {
      if (this.revocations.refresh()) this.log({ event: 'revocations-reloaded', users: this.revocations.size });
    } catch (e) {
      this.log({ event: 'error', where: 'revocations', message: (e as Error).message });
      return;
    }
    const now = Date.now() / 1000;
    for (const document of this.instance?.documents.values() ?? []) {
      for (const connection of document.getConnections()) {
        const c = (connection.context as AuthContext).claims;
        if (!c) continue;
        const reason = this.revocations.isRevoked(c.user, c.issuedAt) ? REFUSAL.tokenRevoked : c.expiresAt <= now ? REFUSAL.tokenExpired : null;
        if (!reason) continue;
        this.log({ event: 'closed', reason, team: c.team, user: c.user, socket: connection.socketId });
        connection.close({ code: CLOSE_UNAUTHORIZED, reason });
      }
    }
  }

  async onDestroy(): Promise<void> {
    this.watcher?.close();
    if (this.timer) clearInterval(this.timer);
  }
}
