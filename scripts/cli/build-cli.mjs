/**
 * Builds the `analyze` command once into one ES module (.output/cli/analyze.mjs), so running it is
 * plain Node: no TypeScript transpiling on every run (tsx took ~5 s to start). Dependencies stay
 * external (Node loads them from node_modules as usual). Plain JavaScript so it needs no build itself.
 *
 * `ensureCli()` rebuilds only when the bundle is missing or older than one of the files it was
 * built from (recorded next to it), so `npm run analyze` always runs the current source.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENTRY = join(ROOT, 'scripts', 'analyze.ts');
/** Where the built command lives (inside .output, which is not committed). */
export const CLI_BUNDLE = join(ROOT, '.output', 'cli', 'analyze.mjs');
const INPUTS = join(ROOT, '.output', 'cli', 'analyze.inputs.json');

/** True when the bundle is missing, or a source file it was built from changed since. */
export function isStale() {
  if (!existsSync(CLI_BUNDLE) || !existsSync(INPUTS)) return true;
  const built = statSync(CLI_BUNDLE).mtimeMs;
  try {
    const inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
    // A deleted or renamed source file also means the bundle is out of date.
    return inputs.some((file) => !existsSync(join(ROOT, file)) || statSync(join(ROOT, file)).mtimeMs > built);
  } catch {
    return true;
  }
}

/** Bundles scripts/analyze.ts (and the core it imports) with esbuild. */
export async function buildCli() {
  const { build } = await import('esbuild');
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  const result = await build({
    entryPoints: [ENTRY],
    outfile: CLI_BUNDLE,
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    alias: { '@': ROOT },
    metafile: true,
    logLevel: 'warning',
    banner: { js: '// Built by scripts/cli/build-cli.mjs from scripts/analyze.ts: do not edit.' },
    write: false,
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules'));
  // Written aside and renamed into place: two runs building at once never read a half-written file.
  const replace = (path, text) => {
    const aside = `${path}.${process.pid}.tmp`;
    writeFileSync(aside, text);
    renameSync(aside, path);
  };
  replace(INPUTS, `${JSON.stringify(inputs, null, 1)}\n`);
  replace(CLI_BUNDLE, result.outputFiles[0].text);
}

/** Builds the command when it is missing or stale; returns the bundle's path. */
export async function ensureCli() {
  if (isStale()) await buildCli();
  return CLI_BUNDLE;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
  process.stdout.write(`built ${CLI_BUNDLE}\n`);
}
