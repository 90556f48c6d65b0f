/**
 * Imports (and uses of a detector's constant expression) that must fail the restriction rules in
 * eslint.config.mjs, and some that must pass, linted as if they
 * were files in the project. A rule edited into silence shows up here.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** [file the code pretends to be in, code, whether a restriction must fire] */
const CASES = [
  ['core/x/y.ts', "import { Dexie } from 'dexie';", true],
  ['core/x/y.ts', "import { h } from 'preact';", true],
  ['core/x/y.ts', "import { useState } from 'preact/hooks';", true],
  ['core/x/y.ts', "import { defineConfig } from 'wxt';", true],
  ['core/x/y.ts', "import { browser } from 'wxt/browser';", true],
  ['core/x/y.ts', "import { browser } from '#imports';", true],
  ['core/x/y.ts', 'export const id = browser.runtime.id;', true],
  ['core/x/y.ts', "import { openDb } from '@/storage/db';", true],
  ['core/x/y.ts', "import type { Db } from '../../storage/db';", true],
  ['core/x/y.ts', "import { parseTags } from '../tags';", false],
  ['components/x/y.tsx', "import { openDb } from '@/storage/db';", true],
  ['components/x/y.tsx', "import type { Note } from '../../storage/annotations';", true],
  ['components/x/y.tsx', "import { liveQuery } from 'dexie';", true],
  ['components/x/y.tsx', "import { browser } from 'wxt/browser';", true],
  ['components/x/y.tsx', "import { h } from 'preact';", false],
  ['entrypoints/options/app.tsx', "import { db } from '@/entrypoints/popup/database';", true],
  ['entrypoints/options/hooks/x.ts', "import { runExport } from '../../popup/run-export';", true],
  ['entrypoints/popup/app.tsx', "import '../background';", true],
  ['entrypoints/options/hooks/x.ts', "import { useError } from './use-error';", false],
  ['entrypoints/background.ts', "import { start } from '@/background/start';", false],
  ['core/entities/x.ts', 'const A_RE = /a/;\nexport const f = (s: string) => A_RE.test(s);', true],
  ['core/figures/x.ts', "const A_RE = /a/g;\nexport const f = (s: string) => s.replace(A_RE, '');", true],
  ['core/entities/x.ts', "import { testNative } from '../native-regexp';\nconst A_RE = /a/;\nexport const f = (s: string) => testNative(A_RE, s);", false],
];

const RESTRICTIONS = new Set(['no-restricted-imports', 'no-restricted-globals', 'no-restricted-syntax']);

/** Lints every case from `root` and returns one line per case whose outcome was wrong. */
export async function checkBoundaryRules(root) {
  const { ESLint } = require('eslint');
  const eslint = new ESLint({ cwd: root });
  const failures = [];
  for (const [file, code, mustFail] of CASES) {
    const [result] = await eslint.lintText(`${code}\n`, { filePath: `${root}/${file}` });
    const fatal = result.messages.find((m) => m.fatal);
    if (fatal) failures.push(`${file}: ${code} (could not lint: ${fatal.message})`);
    const restricted = result.messages.some((m) => RESTRICTIONS.has(m.ruleId));
    if (restricted !== mustFail) failures.push(`${file}: ${code} (${mustFail ? 'passed' : 'failed'})`);
  }
  return failures;
}
