/**
 * Demo step: one file per export format, made by the popup's real Export menu and caught as a
 * browser download, so the files are exactly what a reader would get.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExportScope } from '../../components/common/export-menu';
import type { ExportFormat } from '../../core/export/types';
import { STEP_TIMEOUT_MS, info, recordFile, step, type DemoSession } from './session';

/** One export the demo makes. */
interface ExportJob {
  label: string;
  scope: ExportScope;
  format: ExportFormat;
}

/** Everything in every general format, then the dossier of the official open in the People tab. */
const JOBS: ExportJob[] = [
  { label: 'JSON backup', scope: 'everything', format: 'backup' },
  { label: 'CSV', scope: 'everything', format: 'csv' },
  { label: 'Markdown', scope: 'everything', format: 'markdown' },
  { label: 'W3C Web Annotation JSON-LD', scope: 'everything', format: 'w3c' },
  { label: 'Dossier for one official', scope: 'official', format: 'dossier' },
];

/** Chooses scope and format in the popup's Export menu, clicks Export and saves the download. */
async function exportOnce(session: DemoSession, popup: Page, job: ExportJob, dir: string): Promise<void> {
  const details = popup.locator('details.export');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  const menu = details.locator('form.export-menu');
  const [scopeSelect, formatSelect] = [menu.locator('select').nth(0), menu.locator('select').nth(1)];
  await scopeSelect.selectOption(job.scope);
  await formatSelect.selectOption(job.format);
  const download = popup.waitForEvent('download', { timeout: STEP_TIMEOUT_MS });
  await menu.locator('button[type=submit]').click();
  try {
    const file = await download;
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    info(`${job.label} (${job.scope}, ${job.format})`);
    recordFile(session, path);
  } catch (e) {
    const alert = await popup.locator('[role=alert]').allInnerTexts();
    const why = alert.join(' ').trim() || (e instanceof Error ? e.message : String(e));
    throw new Error(`The ${job.label} export produced no download: ${why}`);
  }
}

/** Step 6: writes demo-output/exports/<file> for each format. Expects the dossier to be open. */
export async function exportAll(session: DemoSession, popup: Page): Promise<void> {
  step('Export in every format through the popup Export menu');
  const dir = join(session.outDir, 'exports');
  mkdirSync(dir, { recursive: true });
  for (const job of JOBS) await exportOnce(session, popup, job, dir);
}
