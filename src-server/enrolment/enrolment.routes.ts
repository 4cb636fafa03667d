import { Hono } from 'hono';
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
      await tx.query(
        `INSERT INTO workstation_tokens (desk_id, workstation, token_hash, name, label, enrolled_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (desk_id, workstation) DO UPDATE SET token_hash = EXCLUDED.token_hash, name = EXCLUDED.name, label = EXCLUDED.label,
           enrolled_at = EXCLUDED.enrolled_at, revoked_at = NULL, last_seen_at = NULL`,
        [code.desk_id, body.workstation, secretHash(token), body.name, code.label, at],
      );
      return { deskId: code.desk_id, deskName: code.name, workstation: body.workstation, token } satisfies EnrolResponse;
    });
    if (!answer) throw new HttpError(410, 'code_used', 'this enrolment code is used, expired or unknown: ask the desk admin for a new one');
    return c.json(answer, 201);
  });

  return app;
}
