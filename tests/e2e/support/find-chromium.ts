/**
 * Finds a Chromium or Chrome binary for the end-to-end tests: an environment variable first, then
 * the usual install paths. Playwright's own browser download does not work offline, so we never
 * rely on it.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Returns the browser path, or throws one line that says how to install one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    const value = env[name];
    if (value && existsSync(value)) return value;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error('No Chromium or Chrome found: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH.');
}
