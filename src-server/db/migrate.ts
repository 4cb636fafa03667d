import { readFileSync, readdirSync } from 'node:fs';
import type { Db } from './db';

export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** The numbered SQL files next to this module (`0001_init.sql` …), in order. */
export function loadMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({ id: Number(file.slice(0, 4)), name: file.slice(5, -4), sql: readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8') }));
}

/** Any number, the same for every Klok server: the advisory lock that serialises migrating servers. */
const MIGRATION_LOCK = 7_262_001_016;

export class DatabaseTooNewError extends Error {
  constructor(newest: number, known: number) {
    super(`the database has migration ${newest}, newer than this server knows (${known}): run a newer klok-server`);
    this.name = 'DatabaseTooNewError';
  }
}

/**
 * Brings the schema up to date. Each migration runs in its own transaction that first takes a
 * transaction-scoped advisory lock, so two servers starting at once wait for each other and the
 * second finds the migration recorded. Refuses a database migrated by a newer server. Returns the
 * ids it applied (none when the schema was current).
 */
export async function migrate(db: Db, migrations: readonly Migration[] = loadMigrations()): Promise<number[]> {
  const known = migrations.reduce((max, m) => Math.max(max, m.id), 0);
  const applied: number[] = [];
  const step = (m: Migration | null) =>
    db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec('CREATE TABLE IF NOT EXISTS migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      const { rows } = await tx.query<{ id: number }>('SELECT id FROM migrations ORDER BY id');
      const newest = rows.reduce((max, r) => Math.max(max, Number(r.id)), 0);
      if (newest > known) throw new DatabaseTooNewError(newest, known);
      if (!m || rows.some((r) => Number(r.id) === m.id)) return;
      await tx.query('INSERT INTO migrations (id, name) VALUES ($1, $2)', [m.id, m.name]);
      await tx.exec(m.sql);
      applied.push(m.id);
    });
  await step(null);
  for (const m of migrations) await step(m);
  return applied;
}
