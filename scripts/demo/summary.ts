/** The demo's last step: what was written, with sizes. */
import { statSync } from 'node:fs';
import { shown, step, type DemoSession } from './session';

/** Prints every file the demo wrote and its size. */
export function printSummary(session: DemoSession): void {
  step(`Summary: ${session.written.length} files written`);
  for (const path of session.written) {
    const kb = (statSync(path).size / 1024).toFixed(1).padStart(7);
    console.log(`  ${kb} KB  ${shown(path)}`);
  }
}
