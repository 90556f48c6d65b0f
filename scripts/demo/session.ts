/**
 * What every demo step shares: the fixture server, the browser with the extension, where files go,
 * and a record of the files written so the summary can list them.
 */
import { mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import type { Page } from 'playwright-core';
import type { FixtureServer } from '../../tests/e2e/support/fixture-server';
import type { LaunchedExtension } from '../../tests/e2e/support/launch-extension';
import { ROOT } from '../../tests/e2e/support/paths';

/** The running demo. */
export interface DemoSession {
  server: FixtureServer;
  ext: LaunchedExtension;
  /** Absolute path of demo-output/. */
  outDir: string;
  /** Absolute paths of every file written, in order. */
  written: string[];
}

/** Marks used by the content script (see entrypoints/content.ts). */
export const MARK = {
  official: 'council-lens-mark[data-council-lens="official"]',
  figure: 'council-lens-mark[data-council-lens="figure"]',
  note: 'council-lens-mark[data-council-lens="note"]',
} as const;

/** Article pages are shot at a desktop size; the popup at its own. */
export const ARTICLE_VIEWPORT = { width: 1280, height: 900 };
export const POPUP_VIEWPORT = { width: 400, height: 600 };

/** How long to wait for anything the extension does (analysis, storage, rendering). */
export const STEP_TIMEOUT_MS = 20_000;

let stepNumber = 0;

/** Prints a numbered step heading. */
export function step(title: string): void {
  stepNumber += 1;
  console.log(`\n[${stepNumber}] ${title}`);
}

/** Prints one detail line under the current step. */
export function info(message: string): void {
  console.log(`    ${message}`);
}

/** Path relative to the project root, for messages. */
export function shown(path: string): string {
  return relative(ROOT, path);
}

/** Remembers a written file and says so. */
export function recordFile(session: DemoSession, path: string): void {
  session.written.push(path);
  info(`wrote ${shown(path)}`);
}

/** Screenshots the viewport of `page` to demo-output/<name>. */
export async function screenshot(session: DemoSession, page: Page, name: string): Promise<void> {
  mkdirSync(session.outDir, { recursive: true });
  const path = `${session.outDir}/${name}`;
  await page.screenshot({ path });
  recordFile(session, path);
}
