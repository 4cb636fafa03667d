import { PGlite } from '@electric-sql/pglite';
import { checkChannel, type Db, type Queryable } from './db';

/** The embedded database: PostgreSQL in WebAssembly, its data in `dataDir` (in memory when absent). */
export async function openPgliteDb(dataDir?: string): Promise<Db> {
  const pg = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <R>(sql: string, params?: readonly unknown[]) => {
      const result = await q.query<R>(sql, params ? [...params] : undefined);
      return { rows: result.rows };
    },
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  return {
    ...wrap(pg),
    description: dataDir ? `PGlite at ${dataDir}` : 'PGlite in memory',
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    listen: async (channel, onPayload) => {
      const stop = await pg.listen(checkChannel(channel), onPayload);
      return async () => {
        if (!pg.closed) await stop();
      };
    },
    close: () => pg.close(),
  };
}
