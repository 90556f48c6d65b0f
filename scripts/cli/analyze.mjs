/**
 * What `npm run analyze` runs: builds the command if its bundle is missing or stale (see
 * build-cli.mjs), then runs it. The bundle reads process.argv itself.
 */
import { pathToFileURL } from 'node:url';
import { ensureCli } from './build-cli.mjs';

await import(pathToFileURL(await ensureCli()).href);
