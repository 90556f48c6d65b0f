/**
 * ESLint (flat config) with typescript-eslint, and the project's layering as rules that fail:
 * - `core/` is framework-free: no wxt, Dexie, Preact, `browser`, or any layer above it;
 * - `components/` take props and call back: no storage, Dexie, `browser`, or entrypoint code;
 * - an entrypoint never imports another entrypoint (shared code lives in a shared folder).
 *
 * ESLint and typescript-eslint are installed in tools/lint (`npm run lint` installs them on first
 * use): typescript-eslint parses with the TypeScript 6 compiler API, which the project's own
 * TypeScript 7 no longer ships, so the two cannot share one node_modules.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const fromTools = createRequire(new URL('./tools/lint/package.json', import.meta.url));
const js = fromTools('@eslint/js');
const tseslint = fromTools('typescript-eslint');
const reactHooks = fromTools('eslint-plugin-react-hooks');

/** Matches an import of any of `names` by alias (`@/x`), relative path (`../x`, `../../x`) or root path. */
const layer = (names) => `^(?:@@?/|~~?/|(?:\\./|(?:\\.\\./)+))(?:${names.join('|')})(?:[/.]|$)`;

/** The browser extension API, however it is reached. */
const BROWSER_API = {
  regex: '^(?:wxt/browser|#imports|webextension-polyfill|@webext-core/.*)$',
  message: 'No extension API here: take what you need as a parameter or a callback.',
};
const NO_BROWSER_GLOBALS = ['browser', 'chrome'].map((name) => ({
  name,
  message: 'No extension API here: take what you need as a parameter or a callback.',
}));

/** The entrypoints, from the folder itself so a new one is covered by the rule at once. */
const ENTRYPOINTS = readdirSync(new URL('./entrypoints/', import.meta.url), { withFileTypes: true }).map((entry) =>
  entry.isDirectory() ? entry.name : entry.name.replace(/\.[^.]+$/, ''),
);

/** One block per entrypoint: it may not import from any other. */
const entrypointBoundaries = ENTRYPOINTS.map((name) => {
  const others = ENTRYPOINTS.filter((other) => other !== name);
  return {
    files: [`entrypoints/${name}/**/*.{ts,tsx}`, `entrypoints/${name}.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(?:@@?/|~~?/|(?:\\./|(?:\\.\\./)+))(?:entrypoints/)?(?:${others.join('|')})(?:[/.]|$)`,
              message: 'One entrypoint does not import another: move what both use to components/, core/, storage/ or a shared hooks folder.',
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      '**/node_modules/**',
      'tools/lint/**',
      'demo-output/**',
      'bench-output/**',
      'sync-data/**',
      'tests/fixtures/**',
      'docs/**',
      '**/*.tmp.ts',
      '.dbg-*',
    ],
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are errors, except a deliberate `_` prefix.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // Preact's hooks follow React's rules; only the two classic rules, not the React Compiler's.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Plain JavaScript here is Node configuration.
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?:wxt|dexie|preact)(?:/|$)',
              message: 'core/ is framework-free logic: no wxt, Dexie or Preact.',
            },
            BROWSER_API,
            {
              regex: layer(['storage', 'components', 'entrypoints', 'content', 'background', 'messaging', 'server']),
              message: 'core/ imports nothing from the layers above it; pass what it needs in.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...NO_BROWSER_GLOBALS],
    },
  },
  {
    // A detector's constant expression is first run through core/native-regexp.ts, which has V8
    // compile it once to machine code instead of to bytecode and then again: a fifth of a page's
    // first analysis (see the README's cold-start section).
    files: ['core/entities/**/*.ts', 'core/figures/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(?:test|exec)$/][callee.object.name=/^[A-Z][A-Z0-9_]*$/]',
          message: 'Call testNative(RE, text) or execNative(RE, text) from core/native-regexp.ts.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(?:replace|replaceAll|split|match|matchAll|search)$/][arguments.0.name=/^[A-Z][A-Z0-9_]*$/]',
          message: 'Pass warmRegExp(RE, text) from core/native-regexp.ts.',
        },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: layer(['storage']),
              message: 'Components take data as props and report through callbacks: no storage here.',
            },
            {
              regex: '^dexie(?:/|$)',
              message: 'Components take data as props and report through callbacks: no Dexie here.',
            },
            BROWSER_API,
            {
              regex: layer(['entrypoints', 'content', 'background']),
              message: 'Components do not import the code that uses them.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...NO_BROWSER_GLOBALS],
    },
  },
  ...entrypointBoundaries,
);
