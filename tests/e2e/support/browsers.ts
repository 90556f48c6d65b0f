/**
 * Which browsers the end-to-end suite runs in, and one way to launch either. Both by default;
 * `E2E_BROWSERS=firefox` (or `chromium`) narrows a local run.
 */
import type { BrowserName, E2EBrowser } from './driver';
import { launchChromium } from './chromium-driver';
import { launchFirefox } from './firefox-driver';

const ALL: readonly BrowserName[] = ['chromium', 'firefox'];

/** The browsers to test in, from `E2E_BROWSERS` (comma-separated) or all of them. */
export function e2eBrowsers(env: NodeJS.ProcessEnv = process.env): BrowserName[] {
  const asked = (env.E2E_BROWSERS ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (asked.length === 0) return [...ALL];
  const unknown = asked.filter((name) => !ALL.includes(name as BrowserName));
  if (unknown.length > 0) throw new Error(`E2E_BROWSERS: unknown browser ${unknown.join(', ')} (use ${ALL.join(', ')})`);
  return ALL.filter((name) => asked.includes(name));
}

/** True when `E2E_BROWSERS` leaves Chromium in, for the Chromium-only tests. */
export const chromiumSelected = (env: NodeJS.ProcessEnv = process.env) => e2eBrowsers(env).includes('chromium');

/** Launches `name` with its end-to-end build installed. */
export function launchBrowser(name: BrowserName): Promise<E2EBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
