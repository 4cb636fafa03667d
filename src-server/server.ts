import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { newToken } from './auth/secrets';
import type { ServerConfig } from './config';
import type { Db } from './db/db';
import { migrate } from './db/migrate';
import { openPgDb } from './db/pg-db';
import { openPgliteDb } from './db/pglite-db';
import { createWakeHub } from './wake/wake-hub';

export interface RunningServer {
  /** `http(s)://host:port`, with the port actually bound. */
  readonly url: string;
  /** `PostgreSQL` or `PGlite at DIR`. */
  readonly database: string;
  /** The admin token in use. */
  readonly adminToken: string;
  /** Stops accepting, ends open streams, closes the database. */
  close(): Promise<void>;
}

/**
 * The admin token: the configured one, else the one saved in `<dataDir>/admin-token`, else a new
 * one saved there (mode 0600). `onNew` hears of a new one, to print it once.
 */
export function adminTokenFor(config: ServerConfig, onNew: (token: string, file: string) => void): string {
  if (config.adminToken) return config.adminToken;
  const file = join(config.dataDir, 'admin-token');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const token = newToken();
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  onNew(token, file);
  return token;
}

export async function openDb(config: ServerConfig, log: (error: unknown) => void): Promise<Db> {
  if (config.databaseUrl) return openPgDb(config.databaseUrl, { onError: log });
  const dir = join(config.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  return openPgliteDb(dir);
}

/** Opens the database, migrates it, and serves the API; for main.ts and in-process use. */
export async function startServer(
  config: ServerConfig,
  options: { readonly log?: (error: unknown) => void; readonly onNewAdminToken?: (token: string, file: string) => void } = {},
): Promise<RunningServer> {
  const log = options.log ?? ((error: unknown) => console.error('klok-server:', error));
  const adminToken = adminTokenFor(config, options.onNewAdminToken ?? (() => undefined));
  const db = await openDb(config, log);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const wake = createWakeHub(db, log);
  const app = createApp({ db, adminToken, wake, log });
  const tls = config.tls ? { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) } : null;
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        hostname: config.host,
        port: config.port,
        ...(tls ? { createServer: createHttpsServer, serverOptions: tls } : {}),
      },
      (info: AddressInfo) => resolve({ server: s, port: info.port }),
    );
    s.once('error', reject);
  });
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  let closed: Promise<void> | null = null;
  return {
    url: `${tls ? 'https' : 'http'}://${host}:${port}`,
    database: db.description,
    adminToken,
    close: () =>
      (closed ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        // Open wake-up streams would hold close() forever.
        if ('closeAllConnections' in server) server.closeAllConnections();
        await stopped;
        await wake.close();
        await db.close();
      })()),
  };
}
