import pg from 'pg';
import { MAX_PUSH_EVENTS } from '../../src-shared/sync/sync-protocol';
import { eventMaker } from '../../src-server/test-support/desk-events';
import type { Workstation } from '../../src-server/test-support/sync-client';
import { inParallel } from './stats';

/**
 * A big desk for the first-pull figure, filled one of two ways:
 * - `push`: through the API, batches of MAX_PUSH_EVENTS from a few workstations at once (every
 *   event checked and numbered by the server, as in real life);
 * - `sql`: straight into the server's `events` table with `INSERT … SELECT generate_series`, in the
 *   server's schema (src-server/db/migrations), then `ANALYZE`: it bypasses the server's checks.
 */
export async function seedByPush(pushers: readonly Workstation[], count: number, onProgress: (done: number) => void): Promise<void> {
  const makers = pushers.map((ws) => eventMaker(ws.deskId, ws.workstation));
  const batches = Math.ceil(count / MAX_PUSH_EVENTS);
  let done = 0;
  await inParallel(pushers.length, batches, async (i) => {
    const lane = i % pushers.length;
    const size = Math.min(MAX_PUSH_EVENTS, count - i * MAX_PUSH_EVENTS);
    const events = (makers[lane] as (typeof makers)[number]).next(size, 1_772_442_000_000 + i * 60_000);
    const answer = await (pushers[lane] as Workstation).push(events);
    if (answer.stored.length !== size) throw new Error(`seed push ${i}: stored ${answer.stored.length} of ${size}`);
    done += size;
    if (i % 50 === 0) onProgress(done);
  });
}

export async function seedBySql(databaseUrl: string, deskId: string, count: number, isAnalysed = true): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const chunk = 100_000;
    for (let from = 0; from < count; from += chunk) {
      const to = Math.min(count, from + chunk);
      await client.query('BEGIN');
      const { rows } = await client.query<{ head: string }>('SELECT head FROM desks WHERE id = $1 FOR UPDATE', [deskId]);
      const head = Number(rows[0]?.head ?? 0);
      await client.query(
        `INSERT INTO events (event_id, desk_id, seq, hlc, workstation, body, received_at)
         SELECT id, $1, $2 + n, hlc, ws, jsonb_build_object(
             'id', id, 'deskId', $1::text, 'workstation', ws, 'by', 'agent-' || ws, 'hlc', hlc,
             'kind', 'customer.added', 'v', 1, 'stream', 'cus-seed-' || n,
             'payload', jsonb_build_object('at', to_char(to_timestamp(ms / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'name', 'Customer ' || n)),
           now()
         FROM (
           SELECT n, md5($1 || ':' || n)::uuid::text AS id, 'ws-seed-' || (n % 20) AS ws,
                  1772442000000 + n * 1000 AS ms, lpad((1772442000000 + n * 1000)::text, 13, '0') || '-0000' AS hlc
           FROM generate_series($3::bigint, $4::bigint) AS n
         ) s`,
        [deskId, head - from, from + 1, to],
      );
      await client.query('UPDATE desks SET head = $2 WHERE id = $1', [deskId, head + (to - from)]);
      await client.query('COMMIT');
    }
    // Fresh statistics, as autovacuum gives a table that grew by pushes: without them the planner
    // takes the new desk for a small one and each pull page reads and sorts the whole rest of the
    // desk (measured: 138 s instead of 13 s for the first pull of a million; docs/scaling.md).
    if (isAnalysed) await client.query('ANALYZE events');
  } finally {
    await client.end();
  }
}
