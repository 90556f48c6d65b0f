import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

/** The project root. */
export const ROOT = join(here, '..', '..', '..');
/** The Chromium end-to-end build (`npm run build:e2e`), which treats 127.0.0.1 as a news site. */
export const E2E_EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3-e2e');
/** The Firefox end-to-end build (`npm run build:e2e:firefox`), with the same site list. */
export const FIREFOX_E2E_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2-e2e');
/** Pages the end-to-end tests serve. */
export const E2E_PAGES_DIR = join(here, '..', 'pages');
