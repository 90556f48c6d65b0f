/**
 * `npm run --silent server:revoke -- --data DIR --user U` refuses every token issued to U until now,
 * on every server using DIR, without a restart (their live connections are closed too). Tokens
 * issued afterwards work again.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS } from '../options';
import { revokeUser } from '../revocations';
import { USER_ID_PATTERN } from '../tokens';

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { data: { type: 'string' }, user: { type: 'string' } },
    strict: true,
  });
  if (!values.user || !USER_ID_PATTERN.test(values.user)) {
    throw new Error('Usage: npm run --silent server:revoke -- --data DIR --user U');
  }
  const dataDir = path.resolve(values.data ?? DEFAULT_OPTIONS.dataDir);
  const second = revokeUser(dataDir, values.user);
  process.stdout.write(`Revoked tokens of ${values.user} issued up to ${new Date(second * 1000 + 999).toISOString()}\n`);
}

try {
  main();
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
