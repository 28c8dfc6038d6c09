import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildApp, createContext, createLogger } from '../../../src/server/app.ts';
import { loadConfig } from '../../../src/server/config.ts';
import { MemoryNotifier } from '../../../src/server/notify/notifier.ts';
import type { Database } from '../../../src/server/db/database.ts';
import type { AppContext } from '../../../src/server/context.ts';
import { openTestDatabase } from '../../support/test-app.ts';

/** The real server, listening on 127.0.0.1, over a fresh copy of the seeded test database. */
export interface WebServer {
  url: string;
  /** Messages the server sent (one-time codes, notices), read instead of an SMS or a mailbox. */
  notifier: MemoryNotifier;
  /** The server's database, to check what a page stored. */
  database: Database;
  /** The application as built: a test runs the worker's steps itself (the outbox's delivery, say). */
  context: AppContext;
  close(): Promise<void>;
}

async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server that serves dist/web and the API, as `tawasul start` would, except that
 * messages go to a MemoryNotifier the test can read (a citizen's one-time code).
 */
export async function startWebServer(env: Record<string, string> = {}, prepare?: (database: Database) => Promise<void>): Promise<WebServer> {
  const database = await openTestDatabase();
  // Data the app should find in place when it starts (generated cases, say).
  if (prepare) await prepare(database);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tawasul-browser-'));
  const port = await sparePort();
  const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', TAWASUL_DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env });
  const notifier = new MemoryNotifier();
  const context = createContext(config, database, createLogger(config), notifier);
  const app = await buildApp(context);
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${port}`,
    notifier,
    database,
    context,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
