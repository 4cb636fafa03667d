import pg from 'pg';
import { checkChannel, type Db, type Queryable } from './db';

export interface PgDbOptions {
  /** Most pooled connections for queries and transactions (the LISTEN connection is extra). */
  readonly poolSize?: number;
  /** Called with errors the server survives (an idle connection lost, a LISTEN reconnect failing). */
  readonly onError?: (error: unknown) => void;
}

type Listener = { readonly onPayload: (payload: string) => void; readonly onReconnect: (() => void) | undefined };

/**
 * A real PostgreSQL: a pool for queries and transactions, and ONE dedicated session connection
 * for LISTEN (a transaction-mode pooler or a hot standby would lose it). When that connection
 * drops (a PostgreSQL restart, a network cut) it reconnects with backoff, listens again and calls
 * every `onReconnect`, because notifications sent meanwhile are gone.
 */
export async function openPgDb(connectionString: string, options: PgDbOptions = {}): Promise<Db> {
  const onError = options.onError ?? ((error: unknown) => console.error('klok-server database:', error));
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 20, connectionTimeoutMillis: 10_000 });
  pool.on('error', onError);
  // Fail at start, not at the first request, when the database cannot be reached.
  (await pool.connect()).release();

  const listeners = new Map<string, Set<Listener>>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closing = false;
  let retryTimer: NodeJS.Timeout | null = null;
  let attempt = 0;

  const deliver = (message: pg.Notification) => {
    for (const l of listeners.get(message.channel) ?? []) l.onPayload(message.payload ?? '');
  };

  async function connectListener(): Promise<pg.Client> {
    const c = new pg.Client({ connectionString });
    c.on('notification', deliver);
    c.on('error', (error) => {
      onError(error);
      lost(c);
    });
    c.on('end', () => lost(c));
    await c.connect();
    for (const channel of listeners.keys()) await c.query(`LISTEN ${channel}`);
    return c;
  }

  function lost(c: pg.Client) {
    if (client !== c || closing) return;
    client = null;
    c.removeAllListeners('end');
    c.end().catch(() => undefined);
    scheduleReconnect();
  }

  function scheduleReconnect() {
    if (closing || retryTimer) return;
    const delay = Math.min(5_000, 100 * 2 ** attempt);
    attempt += 1;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connecting = connectListener();
      connecting.then(
        (c) => {
          connecting = null;
          if (closing) return void c.end().catch(() => undefined);
          client = c;
          attempt = 0;
          for (const set of listeners.values()) for (const l of set) l.onReconnect?.();
        },
        (error: unknown) => {
          connecting = null;
          onError(error);
          scheduleReconnect();
        },
      );
    }, delay);
  }

  async function listenClient(): Promise<pg.Client | null> {
    if (client) return client;
    if (connecting) return connecting.then(() => client);
    if (retryTimer) return null; // reconnecting: it will LISTEN on every channel
    connecting = connectListener();
    try {
      client = await connecting;
      return client;
    } finally {
      connecting = null;
    }
  }

  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <R>(sql: string, params?: readonly unknown[]) => {
      const result = await q.query(sql, params ? [...params] : undefined);
      return { rows: result.rows as R[] };
    },
    exec: async (sql: string) => {
      await q.query(sql);
    },
  });

  return {
    ...wrap(pool),
    description: 'PostgreSQL',
    async transaction(fn) {
      const c = await pool.connect();
      let broken: Error | undefined;
      try {
        await c.query('BEGIN');
        const result = await fn(wrap(c));
        await c.query('COMMIT');
        return result;
      } catch (error) {
        await c.query('ROLLBACK').catch((rollbackError: unknown) => {
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        });
        throw error;
      } finally {
        c.release(broken);
      }
    },
    async listen(channel, onPayload, onReconnect) {
      checkChannel(channel);
      const listener: Listener = { onPayload, onReconnect };
      let set = listeners.get(channel);
      const first = !set;
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(listener);
      const c = await listenClient();
      // A connection made before this channel existed has not listened to it yet.
      if (first && c) await c.query(`LISTEN ${channel}`);
      return async () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(channel) === set) {
          listeners.delete(channel);
          await client?.query(`UNLISTEN ${channel}`).catch(() => undefined);
        }
      };
    },
    async close() {
      closing = true;
      if (retryTimer) clearTimeout(retryTimer);
      const c = client ?? (connecting ? await connecting.catch(() => null) : null);
      client = null;
      await c?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
