/**
 * Finds Firefox for the end-to-end tests: an environment variable first, then Debian's Firefox ESR
 * and the usual install paths.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** Returns the browser path, or throws one line that says how to install one. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.FIREFOX_PATH;
  if (value && existsSync(value)) return value;
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error('No Firefox found: install one (Debian: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH.');
}
