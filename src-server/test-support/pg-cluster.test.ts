import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgSkipNote, pgUnavailableReason, startPgCluster, type PgCluster } from './pg-cluster';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(pgUnavailableReason() !== null)(`the throwaway PostgreSQL${pgSkipNote()}`, () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  });
  afterAll(async () => {
    await cluster?.destroy();
  });

  it('is PostgreSQL 15 or newer, on loopback, with an empty database of its own', async () => {
    const [row] = (await query(cluster.url, "SELECT current_setting('server_version_num')::int AS v, inet_server_addr()::text AS addr")) as {
      v: number;
      addr: string;
    }[];
    expect(row?.v).toBeGreaterThanOrEqual(150000);
    expect(row?.addr).toMatch(/^127\.0\.0\.1/);
    expect(await query(cluster.url, "SELECT 1 FROM pg_tables WHERE schemaname = 'public'")).toEqual([]);
  });

  it.skipIf(process.env['DATABASE_URL'] !== undefined)('keeps its data across a restart, which cuts open connections', async () => {
    await query(cluster.url, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)');
    const open = new pg.Client({ connectionString: cluster.url });
    await open.connect();
    const lost = new Promise<Error>((resolve) => open.on('error', resolve));
    await cluster.restart();
    expect(await lost).toBeInstanceOf(Error);
    expect(await query(cluster.url, 'SELECT n FROM kept')).toEqual([{ n: 7 }]);
  });
});
