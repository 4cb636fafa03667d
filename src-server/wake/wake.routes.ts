import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { WAKE_EVENT, type WakeUp } from '../../src-shared/sync/sync-protocol';
import type { AppDeps, AppEnv } from '../app-deps';
import { workstationOnly } from '../auth/auth';
import { num } from '../db/db';

/**
 * `GET /v1/desks/:deskId/wake`: server-sent events. One `advanced` event with the desk's head on
 * connect (the client pulls if it is behind), then one per push that advanced the desk, and a
 * comment every heartbeat so proxies keep the connection open. The client pulls on each.
 */
export function wakeRoutes(deps: AppDeps): Hono<AppEnv> {
  const { db, wake } = deps;
  const app = new Hono<AppEnv>();

  app.get('/:deskId/wake', workstationOnly(deps), (c) => {
    const deskId = c.get('identity').deskId;
    c.header('Cache-Control', 'no-cache');
    c.header('X-Accel-Buffering', 'no'); // nginx: do not buffer the stream
    return streamSSE(
      c,
      async (stream) => {
        let lastSent = -1;
        let writing: Promise<void> = Promise.resolve();
        const send = (head: number) => {
          if (stream.aborted || stream.closed || head <= lastSent) return;
          lastSent = head;
          const data = JSON.stringify({ deskId, head } satisfies WakeUp);
          writing = writing.then(() => stream.writeSSE({ event: WAKE_EVENT, data })).catch(() => undefined);
        };
        const ended = new Promise<void>((resolve) => stream.onAbort(resolve));
        const unsubscribe = await wake.subscribe(deskId, send);
        const heartbeat = setInterval(() => {
          writing = writing
            .then(() => stream.write(': heartbeat\n\n'))
            .then(
              () => undefined,
              () => undefined,
            );
        }, deps.heartbeatMs);
        try {
          const { rows } = await db.query<{ head: unknown }>('SELECT head FROM desks WHERE id = $1', [deskId]);
          send(num(rows[0]?.head ?? 0));
          await ended;
        } finally {
          clearInterval(heartbeat);
          unsubscribe();
        }
      },
      async (error) => {
        deps.log(error);
      },
    );
  });

  return app;
}
