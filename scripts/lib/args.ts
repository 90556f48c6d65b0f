import { parseArgs } from 'node:util';

/** What the `analyze` command was asked to do. */
export interface AnalyzeArgs {
  files: string[];
  url: string | null;
  watchlist: string | null;
  out: string | null;
}

/** Usage text printed on a bad command line. */
export const USAGE = 'usage: npm run --silent analyze -- [--url URL] [--watchlist FILE.json] [--out DIR] FILE.html|FILE.txt ...';

/**
 * Parses the `analyze` command line. Returns the arguments, or an error message for the user.
 * `--url` names one page's address, so it is refused with several inputs or with text files.
 */
export function parseAnalyzeArgs(argv: string[]): AnalyzeArgs | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, watchlist: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    return { error: (err as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { error: USAGE };
  if (positionals.length === 0) return { error: 'no input files' };
  if (values.url !== undefined) {
    if (positionals.length !== 1 || !/\.html?$/i.test(positionals[0]!)) return { error: '--url needs exactly one HTML file' };
    try {
      new URL(values.url);
    } catch {
      return { error: `--url: not a valid URL: ${values.url}` };
    }
  }
  return { files: positionals, url: values.url ?? null, watchlist: values.watchlist ?? null, out: values.out ?? null };
}
