import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResponse, pullResponse, pushResponse, WAKE_EVENT } from '../src-shared/sync/sync-protocol';
import { deskDigest } from '../src-shared/sync/desk-digest';
import { migrate } from './db/migrate';
import { ADMIN, bearer, deskWithWorkstation, enrol, json, testServer, wireEvent, type TestServer } from './test-support';

let s: TestServer;
beforeAll(async () => {
  s = await testServer();
});
afterAll(async () => {
  await s?.close();
});

const push = (deskId: string, token: string, events: unknown[]) => s.app.request(`/v1/desks/${deskId}/events`, json('POST', { events }, token));
const pull = (deskId: string, token: string, query = '') => s.app.request(`/v1/desks/${deskId}/events${query}`, bearer(token));
const errorOf = async (res: Response) => errorResponse.parse(await res.json());

describe('push', () => {
  it('stores an event once, and a retry of the same push answers it as known', async () => {
    const token = await deskWithWorkstation(s.app, 'push-1');
    const first = pushResponse.parse(await (await push('push-1', token, [wireEvent('p1-a'), wireEvent('p1-b', 2)])).json());
    expect(first).toEqual({ stored: ['p1-a', 'p1-b'], known: [], head: 2 });
    const retry = pushResponse.parse(await (await push('push-1', token, [wireEvent('p1-a'), wireEvent('p1-b', 2)])).json());
    expect(retry).toEqual({ stored: [], known: ['p1-a', 'p1-b'], head: 2 });
  });

  it('counts an id that appears twice in one batch once', async () => {
    const token = await deskWithWorkstation(s.app, 'push-2');
    const res = pushResponse.parse(await (await push('push-2', token, [wireEvent('p2-a'), wireEvent('p2-a'), wireEvent('p2-b', 2)])).json());
    expect(res).toEqual({ stored: ['p2-a', 'p2-b'], known: [], head: 2 });
  });

  it('refuses a batch with a bad event with 422, naming the event, and stores none of it', async () => {
    const token = await deskWithWorkstation(s.app, 'push-3');
    const res = await push('push-3', token, [wireEvent('p3-a', 1, { payload: { at: '2026-03-02T09:00:00Z' } })]);
    expect(res.status).toBe(422);
    const body = await errorOf(res);
    expect(body.error).toBe('bad_events');
    expect(body.issues?.map((i) => i.field)).toContain('events[0].payload.name');
    const page = pullResponse.parse(await (await pull('push-3', token)).json());
    expect(page.head).toBe(0);
  });

  it('answers 400 naming the field when the body is not a push', async () => {
    const token = await deskWithWorkstation(s.app, 'push-4');
    const res = await s.app.request('/v1/desks/push-4/events', json('POST', { events: 'none' }, token));
    expect(res.status).toBe(400);
    const body = await errorOf(res);
    expect(body.error).toBe('bad_request');
    expect(body.issues?.[0]?.field).toBe('events');
  });

  it('refuses an event id another desk holds with 409', async () => {
    const a = await deskWithWorkstation(s.app, 'push-5a');
    const b = await deskWithWorkstation(s.app, 'push-5b');
    expect((await push('push-5a', a, [wireEvent('p5-shared')])).status).toBe(200);
    const res = await push('push-5b', b, [wireEvent('p5-own'), wireEvent('p5-shared')]);
    expect(res.status).toBe(409);
    const body = await errorOf(res);
    expect(body.error).toBe('event_id_taken');
    expect(body.issues?.[0]?.field).toBe('events[1].id');
  });

  it('stores the events on the token’s desk whatever desk the events name, in canonical wire form', async () => {
    const token = await deskWithWorkstation(s.app, 'push-6');
    await push('push-6', token, [wireEvent('p6-a', 1, { payload: { at: '2026-03-02T10:00:00+01:00', name: 'Acme' } })]);
    const page = pullResponse.parse(await (await pull('push-6', token)).json());
    expect(page.events[0]).toMatchObject({ id: 'p6-a', deskId: 'local-desk', payload: { at: '2026-03-02T09:00:00.000Z', name: 'Acme' } });
  });
});

describe('pull', () => {
  it('pages through a desk with the cursor and tells the head', async () => {
    const token = await deskWithWorkstation(s.app, 'pull-1');
    await push(
      'pull-1',
      token,
      [1, 2, 3, 4, 5].map((n) => wireEvent(`q1-${n}`, n)),
    );
    const first = pullResponse.parse(await (await pull('pull-1', token, '?limit=2')).json());
    expect(first.events.map((e) => e['id'])).toEqual(['q1-1', 'q1-2']);
    expect([first.cursor, first.head]).toEqual([2, 5]);
    const rest = pullResponse.parse(await (await pull('pull-1', token, `?after=${first.cursor}&limit=10`)).json());
    expect(rest.events.map((e) => e['id'])).toEqual(['q1-3', 'q1-4', 'q1-5']);
    expect([rest.cursor, rest.head]).toEqual([5, 5]);
    const none = pullResponse.parse(await (await pull('pull-1', token, '?after=5')).json());
    expect(none).toEqual({ events: [], cursor: 5, head: 5 });
  });

  it('answers 400 for a cursor that is not a whole number or a limit above the most', async () => {
    const token = await deskWithWorkstation(s.app, 'pull-2');
    expect((await errorOf(await pull('pull-2', token, '?after=-1'))).issues?.[0]?.field).toBe('after');
    expect((await errorOf(await pull('pull-2', token, '?limit=999999'))).issues?.[0]?.field).toBe('limit');
  });

  it('gives the same digest as the shared function over the desk’s events', async () => {
    const token = await deskWithWorkstation(s.app, 'pull-3');
    const events = [wireEvent('d-1', 1), wireEvent('d-2', 86_400_000)];
    await push('pull-3', token, events);
    const res = await s.app.request('/v1/desks/pull-3/digest', bearer(token));
    expect(await res.json()).toEqual(deskDigest(events.map((e) => ({ id: e['id'] as string, hlc: e['hlc'] as string }))));
  });
});

describe('who may do what', () => {
  it('answers 401 without a token and for an unknown one', async () => {
    await deskWithWorkstation(s.app, 'auth-1');
    expect((await s.app.request('/v1/desks/auth-1/events')).status).toBe(401);
    const res = await pull('auth-1', 'not-a-token-anyone-was-given');
    expect(res.status).toBe(401);
    expect((await errorOf(res)).error).toBe('unauthorised');
  });

  it('answers 401 for a revoked workstation, and the admin sees when it was revoked', async () => {
    const token = await deskWithWorkstation(s.app, 'auth-2', 'ws-lost');
    expect((await pull('auth-2', token)).status).toBe(200);
    expect((await s.app.request('/v1/desks/auth-2/workstations/ws-lost', { method: 'DELETE', ...bearer(ADMIN) })).status).toBe(200);
    expect((await pull('auth-2', token)).status).toBe(401);
    const list = (await (await s.app.request('/v1/desks/auth-2/workstations', bearer(ADMIN))).json()) as { workstations: { revokedAt: string | null }[] };
    expect(list.workstations[0]?.revokedAt).toBe(new Date(s.clock.now).toISOString());
  });

  it('answers 403 when a token is used on another desk', async () => {
    const a = await deskWithWorkstation(s.app, 'auth-3a');
    await deskWithWorkstation(s.app, 'auth-3b');
    const res = await pull('auth-3b', a);
    expect(res.status).toBe(403);
    expect((await errorOf(res)).error).toBe('forbidden');
    expect((await push('auth-3b', a, [wireEvent('a3-x')])).status).toBe(403);
  });

  it('keeps admin calls for the admin token', async () => {
    const token = await deskWithWorkstation(s.app, 'auth-4');
    expect((await s.app.request('/v1/desks', json('POST', { name: 'Mine' }))).status).toBe(401);
    expect((await s.app.request('/v1/desks', json('POST', { name: 'Mine' }, token))).status).toBe(403);
  });

  it('replaces a workstation’s token when it enrols again', async () => {
    const old = await deskWithWorkstation(s.app, 'auth-5', 'ws-again');
    const fresh = await enrol(s.app, 'auth-5', 'ws-again');
    expect((await pull('auth-5', old)).status).toBe(401);
    expect((await pull('auth-5', fresh)).status).toBe(200);
  });

  it('answers preflight requests from any origin', async () => {
    const res = await s.app.request('/v1/desks/x/events', {
      method: 'OPTIONS',
      headers: { Origin: 'file://', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('authorization');
  });
});

describe('enrolment', () => {
  const code = async (deskId: string, validMinutes?: number) =>
    ((await (await s.app.request(`/v1/desks/${deskId}/enrolment-codes`, json('POST', validMinutes ? { validMinutes } : {}, ADMIN))).json()) as { code: string })
      .code;
  const enrolWith = (c: string, workstation: string, client?: string) =>
    s.app.request('/v1/enrol', {
      ...json('POST', { code: c, workstation, name: workstation }),
      headers: { 'Content-Type': 'application/json', ...(client ? { 'X-Test-Client': client } : {}) },
    });

  it('makes codes people can type, and takes one typed in lower case without dashes', async () => {
    await s.app.request('/v1/desks', json('POST', { name: 'Enrol', deskId: 'enr-1' }, ADMIN));
    const c = await code('enr-1');
    expect(c).toMatch(/^[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/);
    expect((await enrolWith(c.replaceAll('-', '').toLowerCase(), 'ws-1')).status).toBe(201);
  });

  it('takes a code once: the second use answers 410 code_used', async () => {
    const c = await code('enr-1');
    expect((await enrolWith(c, 'ws-2')).status).toBe(201);
    const again = await enrolWith(c, 'ws-3');
    expect(again.status).toBe(410);
    expect((await errorOf(again)).error).toBe('code_used');
  });

  it('refuses an expired code with 410', async () => {
    const c = await code('enr-1', 1);
    s.clock.now += 2 * 60_000;
    expect((await enrolWith(c, 'ws-4')).status).toBe(410);
  });

  it('leases each workstation a ticket-number code no other workstation of the desk has or numbered with', async () => {
    await s.app.request('/v1/desks', json('POST', { name: 'Codes', deskId: 'codes-1' }, ADMIN));
    const lease = async (workstation: string, ticketCode?: string) => {
      const res = await s.app.request(
        '/v1/enrol',
        json('POST', { code: await code('codes-1'), workstation, name: workstation, ...(ticketCode ? { ticketCode } : {}) }),
      );
      expect(res.status).toBe(201);
      return ((await res.json()) as { ticketCode: string }).ticketCode;
    };
    expect(await lease('ws-1', 'T')).toBe('T');
    // Another workstation that numbered with T on its own gets the next free code.
    expect(await lease('ws-2', 'T')).toBe('A');
    expect(await lease('ws-3')).toBe('B');
    // Enrolling again keeps the lease.
    expect(await lease('ws-2', 'T')).toBe('A');
    // A code some workstation numbered tickets with before the desk was shared is taken too.
    const token = await enrol(s.app, 'codes-1', 'ws-4');
    const joinedAsC = wireEvent('joined-c', 1, {
      kind: 'workstation.joined',
      stream: 'ws-9',
      workstation: 'ws-9',
      payload: { at: '2026-03-02T09:00:00Z', code: 'C' },
    });
    expect((await s.app.request('/v1/desks/codes-1/events', json('POST', { events: [joinedAsC] }, token))).status).toBe(200);
    expect(await lease('ws-5', 'C')).toBe('D');
  });

  it('limits enrolment attempts per address with 429 and Retry-After', async () => {
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await enrolWith('WRONG-CODE-0000', 'ws-x', '10.0.0.9')).status);
    expect(statuses).toEqual([410, 410, 410, 410, 410, 429]);
    const res = await enrolWith('WRONG-CODE-0000', 'ws-x', '10.0.0.9');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await enrolWith('WRONG-CODE-0000', 'ws-x', '10.0.0.10')).status).toBe(410);
  });
});

describe('wake-ups', () => {
  it('sends the head on connect and an advanced event after a push', async () => {
    const token = await deskWithWorkstation(s.app, 'wake-1');
    await push('wake-1', token, [wireEvent('w1-a')]);
    const res = await s.app.request('/v1/desks/wake-1/wake', bearer(token));
    expect(res.headers.get('Content-Type')).toContain('text/event-stream');
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const until = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}`);
        text += decoder.decode(value);
      }
    };
    await until('"head":1}');
    expect(text).toContain(`event: ${WAKE_EVENT}\ndata: {"deskId":"wake-1","head":1}`);
    expect(s.wake.size).toBe(1);
    await push('wake-1', token, [wireEvent('w1-b', 2)]);
    await until('"head":2}');
    await reader.cancel();
    await expect.poll(() => s.wake.size).toBe(0);
  });
});

describe('migrations', () => {
  it('running them again changes nothing', async () => {
    expect(await migrate(s.db)).toEqual([]);
    const { rows } = await s.db.query<{ id: number }>('SELECT id FROM migrations');
    expect(rows.map((r) => Number(r.id))).toEqual([1, 2]);
  });

  it('refuses a database migrated by a newer server', async () => {
    await s.db.query("INSERT INTO migrations (id, name) VALUES (9999, 'from_the_future')");
    await expect(migrate(s.db)).rejects.toThrow(/newer than this server knows/);
    await s.db.query('DELETE FROM migrations WHERE id = 9999');
  });
});
