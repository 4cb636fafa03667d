import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import {
  createDeskRequest,
  enrolmentCodeRequest,
  type CreateDeskResponse,
  type EnrolmentCodeResponse,
  type workstationsResponse,
} from '../../src-shared/sync/sync-protocol';
import type { z } from 'zod';
import type { AppDeps, AppEnv } from '../app-deps';
import { adminOnly } from '../auth/auth';
import { newEnrolmentCode, normaliseCode, secretHash } from '../auth/secrets';
import { isoOrNull } from '../db/db';
import { notFound, readBody } from '../http/errors';

/** An enrolment code is valid this long unless the admin says otherwise. */
export const DEFAULT_CODE_MINUTES = 24 * 60;

/** The admin's calls: desks, enrolment codes, the workstation list and revoking. */
export function desksRoutes(deps: AppDeps): Hono<AppEnv> {
  const { db, now } = deps;
  const app = new Hono<AppEnv>();
  const admin = adminOnly(deps);

  const deskExists = async (deskId: string) => (await db.query('SELECT 1 FROM desks WHERE id = $1', [deskId])).rows.length > 0;

  // Creating a desk that exists (the same id) answers that desk: an admin script may run twice.
  app.post('/', admin, async (c) => {
    const body = await readBody(c, createDeskRequest);
    const deskId = body.deskId ?? randomUUID();
    const { rows } = await db.query<{ name: string }>(
      `INSERT INTO desks (id, name, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET id = desks.id RETURNING name, (xmax = 0) AS created`,
      [deskId, body.name, new Date(now()).toISOString()],
    );
    const row = rows[0] as { name: string; created: boolean };
    return c.json({ deskId, name: row.name } satisfies CreateDeskResponse, row.created ? 201 : 200);
  });

  app.post('/:deskId/enrolment-codes', admin, async (c) => {
    const deskId = c.req.param('deskId');
    const body = await readBody(c, enrolmentCodeRequest);
    if (!(await deskExists(deskId))) throw notFound(`no desk ${deskId}`);
    const code = newEnrolmentCode();
    const at = now();
    const expiresAt = new Date(at + (body.validMinutes ?? DEFAULT_CODE_MINUTES) * 60_000).toISOString();
    await db.query('INSERT INTO enrolment_codes (code_hash, desk_id, label, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
      secretHash(normaliseCode(code)),
      deskId,
      body.label ?? '',
      new Date(at).toISOString(),
      expiresAt,
    ]);
    return c.json({ code, expiresAt } satisfies EnrolmentCodeResponse, 201);
  });

  app.get('/:deskId/workstations', admin, async (c) => {
    const deskId = c.req.param('deskId');
    if (!(await deskExists(deskId))) throw notFound(`no desk ${deskId}`);
    const { rows } = await db.query<{ workstation: string; name: string; enrolled_at: unknown; revoked_at: unknown; last_seen_at: unknown }>(
      'SELECT workstation, name, enrolled_at, revoked_at, last_seen_at FROM workstation_tokens WHERE desk_id = $1 ORDER BY enrolled_at, workstation',
      [deskId],
    );
    const workstations = rows.map((r) => ({
      workstation: r.workstation,
      name: r.name,
      enrolledAt: isoOrNull(r.enrolled_at) as string,
      revokedAt: isoOrNull(r.revoked_at),
      lastSeenAt: isoOrNull(r.last_seen_at),
    }));
    return c.json({ workstations } satisfies z.infer<typeof workstationsResponse>);
  });

  // Revoking twice keeps the first instant; the token stops working at once.
  app.delete('/:deskId/workstations/:workstation', admin, async (c) => {
    const deskId = c.req.param('deskId');
    const workstation = c.req.param('workstation');
    const { rows } = await db.query<{ revoked_at: unknown }>(
      `UPDATE workstation_tokens SET revoked_at = COALESCE(revoked_at, $3) WHERE desk_id = $1 AND workstation = $2 RETURNING revoked_at`,
      [deskId, workstation, new Date(now()).toISOString()],
    );
    if (rows.length === 0) throw notFound(`no workstation ${workstation} on desk ${deskId}`);
    return c.json({ workstation, revokedAt: isoOrNull(rows[0]?.revoked_at) });
  });

  return app;
}
