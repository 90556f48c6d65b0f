import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway home folder for one browser, so it never writes into the real user's files. */
export interface IsolatedHome {
  dir: string;
  /** `process.env` with HOME and XDG_* pointing into `dir`. */
  env: Record<string, string>;
  remove(): void;
}

/** Creates a fresh home folder named after `browser`. */
export function isolatedHome(browser: string): IsolatedHome {
  const dir = mkdtempSync(join(tmpdir(), `council-lens-e2e-${browser}-`));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  Object.assign(env, {
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, '.config'),
    XDG_CACHE_HOME: join(dir, '.cache'),
    XDG_DATA_HOME: join(dir, '.local', 'share'),
    XDG_STATE_HOME: join(dir, '.local', 'state'),
    XDG_RUNTIME_DIR: dir,
  });
  return { dir, env, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
