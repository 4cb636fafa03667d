import { afterAll, beforeAll } from 'vitest';
import { startPgCluster, type PgCluster } from '../test-support/pg-cluster';
import { startServer, type ServerProcess } from '../test-support/server-process';
import { admin, type Admin } from '../test-support/sync-client';

/**
 * One throwaway PostgreSQL and one sync server (a child process on it) for a test file, started
 * before its tests and removed after them. Use inside a `describe.skipIf(pgUnavailableReason())`.
 */
export interface SyncFixture {
  readonly cluster: PgCluster;
  readonly server: ServerProcess;
  readonly admin: Admin;
}

export function useSyncServer(): SyncFixture {
  let cluster: PgCluster | undefined;
  let server: ServerProcess | undefined;
  let adminClient: Admin | undefined;
  beforeAll(async () => {
    cluster = await startPgCluster();
    server = await startServer({ databaseUrl: cluster.url });
    adminClient = admin(server.baseUrl, server.adminToken);
  });
  afterAll(async () => {
    await server?.stop();
    await cluster?.destroy();
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the sync fixture is not started (use it inside describe, it starts in beforeAll)');
    return value;
  };
  return {
    get cluster() {
      return need(cluster);
    },
    get server() {
      return need(server);
    },
    get admin() {
      return need(adminClient);
    },
  };
}

/** Ids that occur more than once. */
export function doubled(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
