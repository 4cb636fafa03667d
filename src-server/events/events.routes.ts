import { Hono } from 'hono';
import { deskDigest } from '../../src-shared/sync/desk-digest';
import { DEFAULT_PULL_LIMIT, pullQuery, pushRequest, type DigestResponse } from '../../src-shared/sync/sync-protocol';
import { issuesFromZod } from '../../src-shared/validation/issues';
import type { AppDeps, AppEnv } from '../app-deps';
import { workstationOnly } from '../auth/auth';
import { num } from '../db/db';
import { badRequest, readBody } from '../http/errors';
import { pushEvents } from './push';

/** A whole-number query parameter; anything else becomes NaN, which the schema names. */
const whole = (text: string | undefined, fallback: number) => (text === undefined ? fallback : /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN);

/** A workstation's calls on its desk's events: push, pull and the digest. */
export function eventsRoutes(deps: AppDeps): Hono<AppEnv> {
  const { db, now } = deps;
  const app = new Hono<AppEnv>();
  const auth = workstationOnly(deps);

  app.post('/:deskId/events', auth, async (c) => {
    const body = await readBody(c, pushRequest);
    // The desk is the token's. The events' own deskId is not checked: a workstation that joins
    // with local tickets pushes what its earlier local desk wrote.
    return c.json(await pushEvents(db, c.get('identity').deskId, body.events, now()));
  });

  app.get('/:deskId/events', auth, async (c) => {
    const parsed = pullQuery.safeParse({ after: whole(c.req.query('after'), 0), limit: whole(c.req.query('limit'), DEFAULT_PULL_LIMIT) });
    if (!parsed.success) throw badRequest(issuesFromZod('', parsed.error));
    const { after, limit } = parsed.data;
    const deskId = c.get('identity').deskId;
    // seq is gap-free per desk, so the page is exactly (after, after + limit]: the upper bound lets
    // PostgreSQL read one page by the (desk_id, seq) index even when its statistics think the desk
    // is small (without it a stale plan read and sorted the rest of a million-event desk per page).
    const { rows } = await db.query<{ seq: unknown; body: string }>(
      'SELECT seq, body::text AS body FROM events WHERE desk_id = $1 AND seq > $2 AND seq <= $2 + $3 ORDER BY seq LIMIT $3',
      [deskId, after, limit],
    );
    // Read after the page, so head is never below its cursor.
    const head = num((await db.query<{ head: unknown }>('SELECT head FROM desks WHERE id = $1', [deskId])).rows[0]?.head ?? 0);
    const cursor = rows.length > 0 ? num(rows[rows.length - 1]?.seq) : after;
    // The bodies are JSON already: no parse and stringify of a page of thousands of events.
    return c.body(`{"events":[${rows.map((r) => r.body).join(',')}],"cursor":${cursor},"head":${head}}`, 200, { 'Content-Type': 'application/json' });
  });

  app.get('/:deskId/digest', auth, async (c) => {
    const { rows } = await db.query<{ event_id: string; hlc: string }>('SELECT event_id, hlc FROM events WHERE desk_id = $1', [c.get('identity').deskId]);
    return c.json(deskDigest(rows.map((r) => ({ id: r.event_id, hlc: r.hlc }))) satisfies DigestResponse);
  });

  return app;
}
