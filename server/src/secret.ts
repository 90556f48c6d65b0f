/**
 * The token-signing secret: 32 random bytes in `<data>/token-secret`, created on first use with
 * mode 0600. Every instance that serves a team must share it (same data folder, or a copy).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const SECRET_FILE = 'token-secret';

/** Reads the secret, creating the data folder and the secret when missing. */
export function loadOrCreateSecret(dataDir: string): Uint8Array {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, SECRET_FILE);
  if (!fs.existsSync(file)) {
    // Written aside, then linked into place: link() fails if the secret exists, so two first runs
    // at once cannot overwrite each other's secret, and nobody reads a half-written file.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, randomBytes(32).toString('base64url') + '\n', { mode: 0o600 });
    try {
      fs.linkSync(tmp, file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      fs.unlinkSync(tmp);
    }
  }
  const text = fs.readFileSync(file, 'utf8').trim();
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.length < 32) throw new Error(`${file} holds fewer than 32 bytes of secret`);
  return new Uint8Array(bytes);
}
