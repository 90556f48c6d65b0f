/**
 * `npm run server -- [--port 8787] [--host 127.0.0.1] [--data DIR] [--redis redis://HOST:PORT]
 * [--redis-resync-seconds N] [--max-update-bytes N] [--max-document-bytes N] [--recheck-seconds N]`
 */
import { parseServerArgs } from '../options';
import { startSyncServer } from '../start-server';

async function main(): Promise<void> {
  let options;
  try {
    options = parseServerArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const server = await startSyncServer(options);
  const shutdown = () => {
    server.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`${String(e)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
