import { Hono } from 'hono';
import { nextWorkstationCode } from '../../src-shared/desk-log/ticket-numbers';
import type { Queryable } from '../db/db';
import { enrolRequest, type EnrolResponse } from '../../src-shared/sync/sync-protocol';
import type { AppDeps, AppEnv } from '../app-deps';
import { newToken, normaliseCode, secretHash } from '../auth/secrets';
import { HttpError, readBody } from '../http/errors';
import { RateLimiter } from './rate-limit';

/**
 * A workstation trades a one-time code for its own token. The code is spent in the same
 * transaction that stores the token's hash, so two workstations racing with one code cannot both
 * win. Enrolling a workstation id the desk already knows replaces its token (and lifts a revoke:
 * the admin gave it a new code).
 */
export function enrolmentRoutes(deps: AppDeps): Hono<AppEnv> {
  const { db, now } = deps;
  const limiter = new RateLimiter(deps.enrolLimit.max, deps.enrolLimit.windowMs);
  const app = new Hono<AppEnv>();

  app.post('/', async (c) => {
    const retryAfter = limiter.take(deps.clientAddress(c), now());
    if (retryAfter !== null) {
      throw new HttpError(429, 'rate_limited', 'too many enrolment attempts from this address; wait and retry', undefined, {
        'Retry-After': String(retryAfter),
      });
    }
    const body = await readBody(c, enrolRequest);
    const at = new Date(now()).toISOString();
    const token = newToken();
    const answer = await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ desk_id: string; label: string; name: string }>(
        `UPDATE enrolment_codes c SET used_at = $2 FROM desks d
         WHERE c.code_hash = $1 AND c.used_at IS NULL AND c.expires_at > $2 AND d.id = c.desk_id
         RETURNING c.desk_id, c.label, d.name`,
        [secretHash(normaliseCode(body.code)), at],
      );
      const code = rows[0];
      if (!code) return null;
      const ticketCode = await leaseTicketCode(tx, code.desk_id, body.workstation, body.ticketCode);
      await tx.query(
        `INSERT INTO workstation_tokens (desk_id, workstation, token_hash, name, label, enrolled_at, ticket_code) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (desk_id, workstation) DO UPDATE SET token_hash = EXCLUDED.token_hash, name = EXCLUDED.name, label = EXCLUDED.label,
           enrolled_at = EXCLUDED.enrolled_at, revoked_at = NULL, last_seen_at = NULL, ticket_code = EXCLUDED.ticket_code`,
        [code.desk_id, body.workstation, secretHash(token), body.name, code.label, at, ticketCode],
      );
      return { deskId: code.desk_id, deskName: code.name, workstation: body.workstation, token, ticketCode } satisfies EnrolResponse;
    });
    if (!answer) throw new HttpError(410, 'code_used', 'this enrolment code is used, expired or unknown: ask the desk admin for a new one');
    return c.json(answer, 201);
  });

  return app;
}

/**
 * The ticket-number code a workstation gets on the desk: the one it leased before (enrolling
 * again), else the one it asks for, else the next free one — never one another workstation of the
 * desk holds or has numbered tickets with. Leases are taken under the desk's row lock, so two
 * workstations enrolling at once cannot get the same code (and a unique index says so too).
 */
async function leaseTicketCode(tx: Queryable, deskId: string, workstation: string, preferred: string | undefined): Promise<string> {
  await tx.query('SELECT id FROM desks WHERE id = $1 FOR UPDATE', [deskId]);
  const leases = await tx.query<{ workstation: string; ticket_code: string | null }>(
    'SELECT workstation, ticket_code FROM workstation_tokens WHERE desk_id = $1 AND ticket_code IS NOT NULL',
    [deskId],
  );
  // Codes other workstations numbered with before the desk was shared (their joins and leases).
  const used = await tx.query<{ code: string | null }>(
    `SELECT DISTINCT body->'payload'->>'code' AS code FROM events
     WHERE desk_id = $1 AND body->>'kind' IN ('workstation.joined', 'workstation.code_leased') AND body->>'stream' <> $2`,
    [deskId, workstation],
  );
  const taken = new Set<string>();
  let own: string | null = null;
  for (const r of leases.rows) {
    if (r.workstation === workstation) own = r.ticket_code;
    else if (r.ticket_code) taken.add(r.ticket_code);
  }
  for (const r of used.rows) if (r.code) taken.add(r.code);
  if (own && !taken.has(own)) return own;
  if (preferred && !taken.has(preferred)) return preferred;
  return nextWorkstationCode(taken);
}
