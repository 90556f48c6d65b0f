import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { manifestHostPermissions, manifestOptionalHostPermissions } from './core/settings/host-permissions';

/**
 * Extra origins the end-to-end builds (`npm run build:e2e`, `npm run build:e2e:firefox`) add to the
 * default site list, so the fixture server on 127.0.0.1 is treated like a news site. They go to
 * `.output/chrome-mv3-e2e` and `.output/firefox-mv2-e2e`, beside the shipped builds, which never
 * include them. (In Firefox's MV2 manifest they are install-time `permissions`, granted without a
 * prompt, so the content script is registered for them as for any listed site.)
 */
const e2eSites = process.env.COUNCIL_LENS_E2E === '1' ? ['127.0.0.1', 'localhost'] : [];

export default defineConfig({
  srcDir: '.',
  outDirTemplate: process.env.COUNCIL_LENS_E2E === '1' ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  vite: () => ({
    plugins: [preact()],
    define: { __E2E_SITES__: JSON.stringify(e2eSites) },
    build: process.env.COUNCIL_LENS_UNMINIFIED === '1' ? { minify: false } : {},
  }),
  manifest: ({ browser }) => ({
    name: 'Council Lens',
    description:
      'Highlights the officials and figures in local-council news, keeps your notes and links them across articles. Everything stays in your browser.',
    // `alarms` wakes the worker to reconnect team sync; Chrome's `offscreen` gives the worker a
    // document to parse pages' HTML in (Firefox's background page has its own). Neither warns at install.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'unlimitedStorage', 'alarms', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Only the default news sites; a site the reader adds is requested at that moment (options page).
    host_permissions: manifestHostPermissions(e2eSites),
    ...(browser === 'firefox' ? { optional_permissions: manifestOptionalHostPermissions() } : { optional_host_permissions: manifestOptionalHostPermissions() }),
    // Firefox end-to-end build only: WebDriver BiDi will not open moz-extension:// pages, so the
    // test reaches the sidebar's page by navigating a fixture page to it, which needs this.
    ...(browser === 'firefox' && e2eSites.length > 0 ? { web_accessible_resources: ['sidepanel.html'] } : {}),
    commands: {
      'analyse-page': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Analyse this page',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected text',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Hide or show all highlights on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'council-lens@example.org',
              // data_collection_permissions (we collect nothing) is read from these versions on.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
