import { nextWorkstationCode } from '../../../src-shared/desk-log/ticket-numbers';
import type { SyncLink } from '../../../src-shared/sync/sync-link';
import { deskDigest } from '../../../src-shared/sync/desk-digest';
import { WAKE_EVENT } from '../../../src-shared/sync/sync-protocol';
import type { Fetch } from './sync-client';

/**
 * A sync server in memory for the workstation's tests: one desk, push stored once per id in a
 * per-desk order, pull after a cursor in pages, wake-ups as server-sent events, the digest. It
 * checks the token and nothing else (the real server, src-server/, is tested on its own and
 * against this client in the model test).
 */
export function memorySyncServer(deskId = 'desk-1') {
  const events: Record<string, unknown>[] = [];
  const ids = new Set<string>();
  const tokens = new Set<string>();
  const listeners = new Set<(head: number) => void>();
  const leases = new Map<string, string>();
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const refuse = (status: number, error: string) => json({ error, message: error }, status);

  const fetch: Fetch = async (url, init) => {
    const { pathname, searchParams } = new URL(url);
    const token = new Headers(init?.headers).get('authorization')?.replace(/^Bearer /, '') ?? '';
    if (!tokens.has(token)) return refuse(401, 'unauthorised');
    if (!pathname.startsWith(`/v1/desks/${deskId}/`)) return refuse(403, 'forbidden');
    const route = pathname.slice(`/v1/desks/${deskId}/`.length);
    if (route === 'events' && init?.method === 'POST') {
      const body = JSON.parse(init.body as string) as { events: Record<string, unknown>[] };
      const stored: string[] = [];
      const known: string[] = [];
      for (const e of body.events) {
        const id = String(e['id']);
        if (ids.has(id)) known.push(id);
        else {
          ids.add(id);
          events.push(e);
          stored.push(id);
        }
      }
      if (stored.length > 0) for (const listener of listeners) listener(events.length);
      return json({ stored, known, head: events.length });
    }
    if (route === 'events') {
      const after = Number(searchParams.get('after') ?? 0);
      const limit = Number(searchParams.get('limit') ?? 1000);
      const page = events.slice(after, after + limit);
      return json({ events: page, cursor: after + page.length, head: events.length });
    }
    if (route === 'digest') return json(deskDigest(events.map((e) => ({ id: String(e['id']), hlc: String(e['hlc']) }))));
    if (route === 'wake') {
      let send: ((head: number) => void) | null = null;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          const encoder = new TextEncoder();
          send = (head) => controller.enqueue(encoder.encode(`event: ${WAKE_EVENT}\ndata: ${JSON.stringify({ deskId, head })}\n\n`));
          listeners.add(send);
          send(events.length);
          init?.signal?.addEventListener('abort', () => {
            if (send) listeners.delete(send);
            controller.close();
          });
        },
      });
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
    }
    return refuse(404, 'not_found');
  };

  return {
    fetch,
    /** A link for a workstation, with a token the server accepts. */
    link(workstation: string): SyncLink {
      const token = `token-of-${workstation}-${'x'.repeat(20)}`;
      tokens.add(token);
      return { serverUrl: 'http://sync.test', deskId, deskName: 'Servicedesk', workstation, token };
    },
    /** The ticket-number code the workstation gets: the one it asks for unless another has it. */
    lease(workstation: string, preferred: string): string {
      const taken = new Set([...leases].filter(([ws]) => ws !== workstation).map(([, code]) => code));
      const code = leases.get(workstation) ?? (taken.has(preferred) ? nextWorkstationCode(taken) : preferred);
      leases.set(workstation, code);
      return code;
    },
    revoke(link: SyncLink) {
      tokens.delete(link.token);
    },
    /** The ids the server holds, in its order. */
    ids: () => events.map((e) => String(e['id'])),
    hlcOf: (id: string) => String(events.find((e) => e['id'] === id)?.['hlc']),
  };
}
