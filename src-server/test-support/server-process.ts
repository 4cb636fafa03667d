import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The sync server as a child process (`node --import tsx src-server/main.ts`, one process, so a
 * SIGKILL kills the server itself and not a wrapper). It is ready when it prints
 * `klok-server listening on http://HOST:PORT (database: …)`.
 */
export interface ServerProcess {
  /** `http://127.0.0.1:PORT`, the same across restarts. */
  readonly baseUrl: string;
  readonly adminToken: string;
  /** The running server's process id (for CPU accounting), if it runs. */
  pid(): number | undefined;
  /** Everything the server printed, stdout and stderr (for failure messages). */
  output(): string;
  /** SIGKILL: no goodbye, no flushing; resolves once the process is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port and database. */
  restart(): Promise<void>;
  /** SIGTERM, then SIGKILL after 5 s; removes its data dir. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** PostgreSQL to use; absent: the server's embedded PGlite in a temp dir. */
  readonly databaseUrl?: string;
  /** Extra environment (e.g. tuning knobs). */
  readonly env?: Readonly<Record<string, string>>;
  /** How long to wait for the listening line. */
  readonly startTimeoutMs?: number;
}

/** The checkout whose `src-server/main.ts` runs: this one, or KLOK_TEST_SERVER_ROOT (another build). */
const ROOT = process.env['KLOK_TEST_SERVER_ROOT'] ?? fileURLToPath(new URL('../..', import.meta.url));
const LISTENING = /klok-server listening on (https?:\/\/[^\s]+)/;

export async function startServer(options: ServerOptions = {}): Promise<ServerProcess> {
  const adminToken = `admin-${randomBytes(16).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'klok-server-'));
  let log = '';
  let child: ChildProcess | null = null;
  let port = '0';

  const launch = (): Promise<string> =>
    new Promise((resolve, reject) => {
      const env: Record<string, string | undefined> = {
        ...process.env,
        KLOK_SERVER_HOST: '127.0.0.1',
        KLOK_SERVER_PORT: port,
        KLOK_ADMIN_TOKEN: adminToken,
        KLOK_DATA_DIR: dataDir,
        ...options.env,
      };
      if (options.databaseUrl) env['DATABASE_URL'] = options.databaseUrl;
      else delete env['DATABASE_URL'];
      const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src-server/main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      child = proc;
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        proc.kill('SIGKILL');
        reject(new Error(`the server did not say it was listening within ${options.startTimeoutMs ?? 60_000} ms:\n${log}`));
      }, options.startTimeoutMs ?? 60_000);
      const onData = (chunk: Buffer) => {
        log += chunk.toString();
        const m = LISTENING.exec(log.slice(-2000));
        if (m && !settled) {
          settled = true;
          clearTimeout(timer);
          resolve(m[1] as string);
        }
      };
      proc.stdout?.on('data', onData);
      proc.stderr?.on('data', onData);
      proc.once('exit', (code, signal) => {
        log += `\n[server exited: ${signal ?? code}]\n`;
        if (!settled) {
          settled = true;
          clearTimeout(timer);
          reject(new Error(`the server exited before listening (${signal ?? code}):\n${log}`));
        }
      });
    });

  const url = new URL(await launch());
  port = url.port;
  const baseUrl = `${url.protocol}//127.0.0.1:${url.port}`;

  const waitForExit = (proc: ChildProcess | null) =>
    new Promise<void>((resolve) => {
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) resolve();
      else proc.once('exit', () => resolve());
    });

  return {
    baseUrl,
    adminToken,
    output: () => log,
    pid: () => (child as ChildProcess | null)?.pid,
    kill: async () => {
      const proc = child as ChildProcess | null;
      proc?.kill('SIGKILL');
      await waitForExit(proc);
    },
    restart: async () => {
      await launch();
    },
    stop: async () => {
      const proc = child as ChildProcess | null;
      if (proc && proc.exitCode === null && proc.signalCode === null) {
        proc.kill('SIGTERM');
        const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
        await waitForExit(proc);
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
