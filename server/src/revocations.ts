/**
 * Revoked users: `<data>/revoked.json`, `{ "users": { "<user id>": <unix seconds> } }`. A token whose
 * issue time is at or before its user's revocation second is refused. The file is replaced
 * atomically (write then rename) so a server re-reading it never sees half a file.
 */
import fs from 'node:fs';
import path from 'node:path';

export const REVOCATION_FILE = 'revoked.json';

interface RevocationFile {
  users: Record<string, number>;
}

function read(file: string): RevocationFile {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<RevocationFile>;
    return { users: parsed.users && typeof parsed.users === 'object' ? parsed.users : {} };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { users: {} };
    throw e;
  }
}

/** Records that every token issued to `user` up to now (this second included) is revoked. */
export function revokeUser(dataDir: string, user: string, nowMs = Date.now()): number {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, REVOCATION_FILE);
  const list = read(file);
  const second = Math.floor(nowMs / 1000);
  list.users[user] = second;
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(list, null, 2) + '\n', { mode: 0o600 });
  fs.renameSync(tmp, file);
  return second;
}

/** The revocation second of a user in a data folder, or null (used when issuing tokens). */
export function revokedAt(dataDir: string, user: string): number | null {
  return read(path.join(dataDir, REVOCATION_FILE)).users[user] ?? null;
}

/**
 * The server's view of the revocation list. `current()` re-reads the file when its modification
 * time or size changed, so revocations apply without a restart.
 */
export class RevocationList {
  private users: Record<string, number> = {};
  private stamp = '';
  readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, REVOCATION_FILE);
  }

  /** Re-reads the file if it changed; returns true when it did. */
  refresh(): boolean {
    let stamp = 'absent';
    try {
      const st = fs.statSync(this.file);
      stamp = `${st.mtimeMs}:${st.size}:${st.ino}`;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (stamp === this.stamp) return false;
    this.users = read(this.file).users;
    this.stamp = stamp;
    return true;
  }

  /** True when a token of `user` issued at `issuedAt` (unix seconds) is revoked. */
  isRevoked(user: string, issuedAt: number): boolean {
    const at = this.users[user];
    return at !== undefined && issuedAt <= at;
  }

  get size(): number {
    return Object.keys(this.users).length;
  }
}
