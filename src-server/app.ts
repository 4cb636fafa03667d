import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { SYNC_API_VERSION } from '../src-shared/sync/sync-protocol';
import type { AppDeps, AppEnv } from './app-deps';
import type { Db } from './db/db';
import { desksRoutes } from './desks/desks.routes';
import { enrolmentRoutes } from './enrolment/enrolment.routes';
import { eventsRoutes } from './events/events.routes';
import { errorAnswer, HttpError } from './http/errors';
import { wakeRoutes } from './wake/wake.routes';
import { createWakeHub } from './wake/wake-hub';

export type AppOptions = Pick<AppDeps, 'db' | 'adminToken'> & Partial<Omit<AppDeps, 'db' | 'adminToken'>>;

/** The socket's peer address (a real server), or `unknown` (in-process requests in tests). */
export function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function defaultDeps(options: AppOptions): AppDeps {
  const log = options.log ?? ((error: unknown) => console.error('klok-server:', error));
  return {
    now: Date.now,
    wake: options.wake ?? createWakeHub(options.db as Db, log),
    clientAddress: socketAddress,
    enrolLimit: { max: 10, windowMs: 10 * 60_000 },
    heartbeatMs: 15_000,
    log,
    ...options,
  };
}

/**
 * The sync server as a Hono app: every route of src-shared/sync/sync-protocol.ts, CORS for the
 * desk's renderer (bearer tokens, no cookies, so any origin), and one mapping from errors to the
 * protocol's error body. Tests call it with `app.request()`; server.ts serves it.
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const deps = defaultDeps(options);
  const app = new Hono<AppEnv>();
  app.use(
    '*',
    cors({
      origin: '*',
      allowHeaders: ['Authorization', 'Content-Type'],
      allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );
  app.get('/v1/health', (c) => c.json({ ok: true, version: SYNC_API_VERSION }));
  app.route('/v1/enrol', enrolmentRoutes(deps));
  app.route('/v1/desks', desksRoutes(deps));
  app.route('/v1/desks', eventsRoutes(deps));
  app.route('/v1/desks', wakeRoutes(deps));
  app.notFound((c) => errorAnswer(c, new HttpError(404, 'not_found', `no route ${c.req.method} ${c.req.path}`), deps.log));
  app.onError((error, c) => errorAnswer(c, error, deps.log));
  return app;
}
