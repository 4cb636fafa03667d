import { deskDigest } from '../src-shared/sync/desk-digest';
import { ADMIN, enrol, json, testServer } from './test-support';

/**
 * The real sync server (its Hono app over an in-memory PGlite) in the shape the workstation's
 * model test expects (src-renderer/features/sync/sync-servers-under-test.ts): the same property
 * runs against the in-memory stand-in and against this.
 */
export async function pgliteServerUnderTest() {
  const server = await testServer();
  const fetch = (url: string, init?: RequestInit) => Promise.resolve(server.app.request(url, init));
  let desks = 0;
  return {
    name: 'the sync server on PGlite',
    runs: 25,
    close: () => server.close(),
    newDesk: async () => {
      const deskId = `model-desk-${++desks}`;
      await server.app.request('/v1/desks', json('POST', { name: 'Servicedesk', deskId }, ADMIN));
      const rows = async () =>
        (await server.db.query<{ event_id: string; hlc: string }>('SELECT event_id, hlc FROM events WHERE desk_id = $1 ORDER BY seq', [deskId])).rows;
      return {
        fetch,
        link: async (workstation: string) => ({
          serverUrl: 'http://klok.test',
          deskId,
          deskName: 'Servicedesk',
          workstation,
          token: await enrol(server.app, deskId, workstation),
        }),
        ids: async () => (await rows()).map((r) => r.event_id),
        digest: async () => deskDigest((await rows()).map((r) => ({ id: r.event_id, hlc: r.hlc }))),
      };
    },
  };
}
