/**
 * What the extension reads from a sync token without checking it (the server checks): the team
 * (which document to open), the user (who "mine" is) and the role. A token is a JWT whose payload
 * says `sub`, `team`, `role`, `exp` (server/src/tokens.ts).
 */
import { TEAM_ID_PATTERN } from '@/server/shared/team-document';

/** The claims the extension uses. */
export interface SyncTokenClaims {
  user: string;
  team: string;
  role: 'member' | 'reader';
  /** Expiry, ISO, or null when the token says none. */
  expiresAt: string | null;
}

/** The token's claims, or null when it is not a sync token at all (a typing or pasting mistake). */
export function readSyncToken(token: string): SyncTokenClaims | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return null;
  try {
    const json = atob(
      parts[1]!
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(parts[1]!.length / 4) * 4, '='),
    );
    const payload = JSON.parse(json) as Record<string, unknown>;
    const { sub, team, role, exp } = payload;
    if (typeof sub !== 'string' || !sub || typeof team !== 'string' || !TEAM_ID_PATTERN.test(team)) return null;
    return {
      user: sub,
      team,
      role: role === 'reader' ? 'reader' : 'member',
      expiresAt: typeof exp === 'number' ? new Date(exp * 1000).toISOString() : null,
    };
  } catch {
    return null;
  }
}
