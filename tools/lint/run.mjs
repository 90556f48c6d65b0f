#!/usr/bin/env node
/**
 * `npm run lint`: installs ESLint into tools/lint on first use (its own lockfile, see package.json
 * there), checks that the boundary rules still fail on imports that cross a boundary, then lints
 * the project. Extra arguments go to ESLint (`npm run lint -- --fix`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBoundaryRules } from './boundary-cases.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

if (!existsSync(join(here, 'node_modules', 'eslint', 'package.json'))) {
  console.log('Installing ESLint into tools/lint (first run only)');
  execFileSync('npm', ['ci', '--prefix', here, '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
}

const failures = await checkBoundaryRules(root);
if (failures.length > 0) {
  console.error(`The boundary rules no longer catch:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}

const eslint = join(here, 'node_modules', 'eslint', 'bin', 'eslint.js');
const result = spawnSync(process.execPath, [eslint, ...process.argv.slice(2), '.'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
