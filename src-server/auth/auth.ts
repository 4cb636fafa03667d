import type { MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from '../app-deps';
import { forbidden, unauthorised } from '../http/errors';
import { bearer, sameSecret, secretHash } from './secrets';

/** last_seen_at is written at most this often per workstation. */
export const LAST_SEEN_EVERY_MS = 60_000;

/** Admin calls: the admin token, nothing else. */
export function adminOnly(deps: Pick<AppDeps, 'adminToken'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearer(c.req.header('Authorization'));
    if (!token) throw unauthorised('an admin call needs the admin token');
    if (!sameSecret(token, deps.adminToken)) throw forbidden('this call needs the admin token');
    await next();
  };
}

/**
 * Workstation calls: the token names one desk and one workstation; an unknown or revoked token is
 * 401, a token of another desk than the URL's is 403.
 */
export function workstationOnly(deps: Pick<AppDeps, 'db' | 'now'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearer(c.req.header('Authorization'));
    if (!token) throw unauthorised('this call needs a workstation token');
    const hash = secretHash(token);
    const { rows } = await deps.db.query<{ desk_id: string; workstation: string; revoked_at: unknown; last_seen_at: unknown }>(
      'SELECT desk_id, workstation, revoked_at, last_seen_at FROM workstation_tokens WHERE token_hash = $1',
      [hash],
    );
    const row = rows[0];
    if (!row) throw unauthorised('unknown token: enrol this workstation again');
    if (row.revoked_at !== null && row.revoked_at !== undefined) throw unauthorised('this workstation was revoked: enrol it again');
    const deskId = c.req.param('deskId');
    if (deskId !== undefined && deskId !== row.desk_id) throw forbidden('this token is for another desk');
    const now = deps.now();
    const seen = row.last_seen_at ? new Date(row.last_seen_at as string | Date).getTime() : null;
    if (seen === null || now - seen >= LAST_SEEN_EVERY_MS) {
      await deps.db.query('UPDATE workstation_tokens SET last_seen_at = $2 WHERE token_hash = $1', [hash, new Date(now).toISOString()]);
    }
    c.set('identity', { deskId: row.desk_id, workstation: row.workstation });
    await next();
  };
}
