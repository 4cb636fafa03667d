import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A throwaway PostgreSQL for integration tests and the sync benchmark, in this order of choice:
 * 1. `DATABASE_URL` is set: a fresh database `klok_test_<random>` on that server (dropped after);
 *    it cannot be restarted from here.
 * 2. Debian's PostgreSQL 15 binaries exist: a new cluster in a temp dir on a loopback port in
 *    55400–55499 (`initdb -A trust`, `pg_ctl start`), run as user `postgres` when we are root.
 * 3. Neither: `pgUnavailableReason` says why, and the tests skip with that reason in their title.
 */
export interface PgCluster {
  /** A connection string for the test's own database. */
  readonly url: string;
  /** Where it came from: `cluster` (ours, restartable) or `external` (DATABASE_URL). */
  readonly kind: 'cluster' | 'external';
  /** `pg_ctl restart -m fast`: every connection is cut; the cluster is back when this resolves. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m fast` (the data stays; `start()` brings it back). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the cluster and removes its files (or drops the database on an external server). */
  destroy(): Promise<void>;
}

export const PG_BIN = process.env['KLOK_PG_BIN'] ?? '/usr/lib/postgresql/15/bin';
const PORT_FIRST = 55400;
const PORT_LAST = 55499;

/** Why no PostgreSQL can be had here, or null when one can. */
export function pgUnavailableReason(): string | null {
  if (process.env['DATABASE_URL']) return null;
  if (existsSync(join(PG_BIN, 'initdb')) && existsSync(join(PG_BIN, 'pg_ctl'))) return null;
  return `no PostgreSQL: DATABASE_URL is not set and ${join(PG_BIN, 'initdb')} is missing (apt-get install postgresql-15)`;
}

let hasWarned = false;

/** Skip-title suffix for `describe.skipIf` (and a warning in the log, once): empty when PostgreSQL is available. */
export function pgSkipNote(): string {
  const reason = pgUnavailableReason();
  if (reason && !hasWarned) {
    hasWarned = true;
    console.warn(`PostgreSQL integration tests SKIPPED: ${reason}`);
  }
  return reason ? ` (skipped: ${reason})` : '';
}

export interface PgClusterOptions {
  /** Keep fsync on, as production does (the benchmark); tests turn it off for speed. */
  readonly isDurable?: boolean;
}

export async function startPgCluster(options: PgClusterOptions = {}): Promise<PgCluster> {
  const external = process.env['DATABASE_URL'];
  if (external) return externalDatabase(external);
  const reason = pgUnavailableReason();
  if (reason) throw new Error(reason);
  return localCluster(options.isDurable ?? false);
}

async function externalDatabase(serverUrl: string): Promise<PgCluster> {
  const name = `klok_test_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const unsupported = () => Promise.reject(new Error('an external PostgreSQL (DATABASE_URL) cannot be stopped or restarted by the tests'));
  return {
    url: url.toString(),
    kind: 'external',
    restart: unsupported,
    stop: unsupported,
    start: unsupported,
    destroy: () => withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary, as user `postgres` when we are root (root may not run them). */
function pgBin(tool: string, args: readonly string[]): void {
  const bin = join(PG_BIN, tool);
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, [...args]];
  execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}

async function localCluster(isDurable: boolean): Promise<PgCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'klok-pg-'));
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  pgBin('initdb', ['-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '-D', data]);

  let port = 0;
  const options = () => `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=300${isDurable ? '' : ' -c fsync=off'}`;
  const start = async () => {
    pgBin('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', options(), 'start']);
    await waitUntilAccepting(`postgres://postgres@127.0.0.1:${port}/postgres`);
  };
  // Another test file may take the same port between our check and the start: try another.
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    try {
      await start();
      break;
    } catch (error) {
      if (attempt >= 5) throw new Error(`PostgreSQL did not start in ${dir} (see ${log})`, { cause: error });
    }
  }

  const stopNow = () =>
    spawnSync(
      isRoot ? 'runuser' : join(PG_BIN, 'pg_ctl'),
      [...(isRoot ? ['-u', 'postgres', '--', join(PG_BIN, 'pg_ctl')] : []), '-D', data, '-m', 'immediate', 'stop'],
      { stdio: 'ignore' },
    );
  const onExit = () => {
    stopNow();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  await withClient(`postgres://postgres@127.0.0.1:${port}/postgres`, (c) => c.query('CREATE DATABASE klok_test'));
  return {
    url: `postgres://postgres@127.0.0.1:${port}/klok_test`,
    kind: 'cluster',
    restart: async () => {
      pgBin('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-m', 'fast', '-o', options(), 'restart']);
      await waitUntilAccepting(`postgres://postgres@127.0.0.1:${port}/postgres`);
    },
    stop: async () => {
      pgBin('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']);
    },
    start,
    destroy: async () => {
      process.removeListener('exit', onExit);
      onExit();
    },
  };
}

async function waitUntilAccepting(url: string): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await withClient(url, (c) => c.query('SELECT 1'));
      return;
    } catch (error) {
      if (i > 100) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** A port in 55400–55499 that nothing listens on right now. */
async function freePort(): Promise<number> {
  const span = PORT_LAST - PORT_FIRST + 1;
  const offset = Math.floor(Math.random() * span);
  for (let i = 0; i < span; i++) {
    const port = PORT_FIRST + ((offset + i) % span);
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port in ${PORT_FIRST}–${PORT_LAST}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
