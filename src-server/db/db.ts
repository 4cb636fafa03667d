/**
 * The server's one port to its database. Two adapters implement it with the same SQL (the
 * PostgreSQL 15 subset): `pg` against a real PostgreSQL and PGlite embedded in a folder.
 */
export interface Queryable {
  /** One statement with `$1…` parameters; rows as objects. */
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: R[] }>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Calls `onPayload` for each notification on `channel` (after the notifying transaction
   * committed). `onReconnect` is called after the listening connection was lost and restored:
   * notifications may have been missed meanwhile. Resolves to a function that stops listening.
   */
  listen(channel: string, onPayload: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** How the server describes the database in its start line. */
  readonly description: string;
}

/** SQLSTATE classes and socket errors that mean "the database cannot be reached now; retry". */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '53300']);

/** Whether an error says the database is unreachable (down, restarting, too many connections). */
export function isUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(message);
}

/** A bigint column as a number (`pg` gives text, PGlite a number). */
export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** A timestamptz column as ISO-8601 UTC, or null. */
export function isoOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return new Date(typeof value === 'number' ? value : (value as string)).toISOString();
}

/** A channel name safe to put in LISTEN (they are constants of this server). */
export function checkChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
  return channel;
}
