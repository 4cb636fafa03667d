import { deskDigest } from '../src-shared/sync/desk-digest';
import { ADMIN, json, testServer } from './test-support';

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
        enrol: async (workstation: string, ticketCode: string) => {
          const code = (await (await server.app.request(`/v1/desks/${deskId}/enrolment-codes`, json('POST', {}, ADMIN))).json()) as { code: string };
          const res = await server.app.request('/v1/enrol', json('POST', { code: code.code, workstation, name: workstation, ticketCode }));
          const enrolled = (await res.json()) as { token: string; ticketCode: string };
          return {
            link: { serverUrl: 'http://klok.test', deskId, deskName: 'Servicedesk', workstation, token: enrolled.token },
            ticketCode: enrolled.ticketCode,
          };
        },
        ids: async () => (await rows()).map((r) => r.event_id),
        digest: async () => deskDigest((await rows()).map((r) => ({ id: r.event_id, hlc: r.hlc }))),
      };
    },
  };
}
