/**
 * `npm run --silent server:token -- --data DIR --team T --user U [--role member|reader] [--days N]`
 * prints a signed token for one user of one team (the secret is created in DIR on first use).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_OPTIONS } from '../options';
import { revokedAt } from '../revocations';
import { loadOrCreateSecret } from '../secret';
import { issueToken, ROLES, type Role } from '../tokens';

const USAGE = 'Usage: npm run --silent server:token -- --data DIR --team T --user U [--role member|reader] [--days N]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      data: { type: 'string' },
      team: { type: 'string' },
      user: { type: 'string' },
      role: { type: 'string', default: 'member' },
      days: { type: 'string', default: '30' },
    },
    strict: true,
  });
  if (!values.team || !values.user) throw new Error(USAGE);
  if (!ROLES.includes(values.role as Role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  const dataDir = path.resolve(values.data ?? DEFAULT_OPTIONS.dataDir);
  // Revocation is by second: a token issued in the same second as a revocation would be refused,
  // so wait for the next second (at most one) rather than print a token that cannot work.
  const revoked = revokedAt(dataDir, values.user);
  if (revoked !== null && Math.floor(Date.now() / 1000) <= revoked) await sleep((revoked + 1) * 1000 - Date.now() + 5);
  const token = await issueToken(loadOrCreateSecret(dataDir), {
    team: values.team,
    user: values.user,
    role: values.role as Role,
    days: Number(values.days),
  });
  process.stdout.write(token + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
