/**
 * Serves the fixture pages from 127.0.0.1 on a random port, the way a news site would. Pages can be
 * overridden per test (to simulate an edited article) without touching the files.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  origin: string;
  /** Replaces what a path serves until `reset()`. */
  override(path: string, html: string): void;
  reset(): void;
  close(): Promise<void>;
}

/**
 * Starts a server for the files under `root`. `host` is 127.0.0.1 (a listed site in the end-to-end
 * build); another loopback address such as 127.0.0.2 stands for a site outside the reader's list.
 */
export async function startFixtureServer(root: string, host = '127.0.0.1'): Promise<FixtureServer> {
  const overrides = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const body = overrides.get(path);
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const data = await readFile(file);
      const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream';
      res.writeHead(200, { 'content-type': type }).end(data);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    override: (path, html) => overrides.set(path, html),
    reset: () => overrides.clear(),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser still open may hold keep-alive connections, which close() would wait for.
        server.closeAllConnections();
      }),
  };
}
