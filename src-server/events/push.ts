import { fromWireDeskEvents, toWireDeskEvent } from '../../src-shared/desk-log/wire-event';
import type { PushResponse } from '../../src-shared/sync/sync-protocol';
import { InputError } from '../../src-shared/validation/issues';
import { num, type Db } from '../db/db';
import { HttpError } from '../http/errors';
import { WAKE_CHANNEL } from '../wake/wake-hub';

const eventIdTaken = (issues: { field: string; reason: string }[]) =>
  new HttpError(409, 'event_id_taken', 'an event id is already held by another desk', issues);

/**
 * Stores a batch of wire events on a desk, each exactly once, and answers which were new.
 *
 * Everything happens in ONE transaction that starts by locking the desk's row. The lock
 * serialises the pushers of one desk: each reads the head the previous one committed, numbers its
 * new events head+1…, and commits before the next may read. So seq numbers become visible in
 * order and without holes, and a pull cursor never skips one (docs/sync-protocol.md).
 */
export async function pushEvents(db: Db, deskId: string, raw: readonly Record<string, unknown>[], receivedAt: number): Promise<PushResponse> {
  let events;
  try {
    events = fromWireDeskEvents(raw, 'events');
  } catch (error) {
    if (error instanceof InputError) throw new HttpError(422, 'bad_events', 'some events failed the desk log’s checks', error.issues);
    throw error;
  }
  // One per id, first wins; `index` is where it was in the batch (for error fields).
  const unique = new Map<string, { readonly index: number; readonly event: (typeof events)[number] }>();
  events.forEach((event, index) => {
    if (!unique.has(event.id)) unique.set(event.id, { index, event });
  });
  const ids = [...unique.keys()];

  return db.transaction(async (tx) => {
    const desk = await tx.query<{ head: unknown }>('SELECT head FROM desks WHERE id = $1 FOR UPDATE', [deskId]);
    if (!desk.rows[0]) throw new HttpError(404, 'not_found', `no desk ${deskId}`);
    let head = num(desk.rows[0].head);
    if (ids.length === 0) return { stored: [], known: [], head };

    const held = await tx.query<{ event_id: string; desk_id: string }>('SELECT event_id, desk_id FROM events WHERE event_id = ANY($1::text[])', [ids]);
    const taken = held.rows.filter((r) => r.desk_id !== deskId);
    if (taken.length > 0) {
      throw eventIdTaken(taken.map((r) => ({ field: `events[${unique.get(r.event_id)?.index ?? 0}].id`, reason: 'is already held by another desk' })));
    }
    const knownSet = new Set(held.rows.map((r) => r.event_id));
    const known = ids.filter((id) => knownSet.has(id));
    const fresh = ids.filter((id) => !knownSet.has(id));
    if (fresh.length === 0) return { stored: [], known, head };

    const rows = fresh.map((id, i) => {
      const e = (unique.get(id) as { event: (typeof events)[number] }).event;
      return { event_id: id, seq: head + 1 + i, hlc: e.hlc, workstation: e.workstation, body: toWireDeskEvent(e) };
    });
    const inserted = await tx.query<{ event_id: string }>(
      `INSERT INTO events (event_id, desk_id, seq, hlc, workstation, body, received_at)
       SELECT r.event_id, $1, r.seq, r.hlc, r.workstation, r.body, $3
       FROM jsonb_to_recordset($2::jsonb) AS r(event_id text, seq bigint, hlc text, workstation text, body jsonb)
       ORDER BY r.seq
       ON CONFLICT (event_id) DO NOTHING
       RETURNING event_id`,
      [deskId, JSON.stringify(rows), new Date(receivedAt).toISOString()],
    );
    // The guard: another desk's push (not serialised by this desk's lock) took an id meanwhile.
    // Rolling back keeps seq gap-free; the client's retry then gets a clear 409.
    if (inserted.rows.length !== rows.length) {
      const got = new Set(inserted.rows.map((r) => r.event_id));
      throw eventIdTaken(
        fresh.filter((id) => !got.has(id)).map((id) => ({ field: `events[${unique.get(id)?.index ?? 0}].id`, reason: 'is already held by another desk' })),
      );
    }
    head += rows.length;
    await tx.query('UPDATE desks SET head = $2 WHERE id = $1', [deskId, head]);
    // Delivered to every LISTEN when (and only if) this transaction commits.
    await tx.query('SELECT pg_notify($1, $2)', [WAKE_CHANNEL, JSON.stringify({ deskId, head })]);
    return { stored: fresh, known, head };
  });
}
