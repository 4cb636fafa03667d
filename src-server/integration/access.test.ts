import { describe, expect, it } from 'vitest';
import { errorResponse, syncPaths, type ErrorResponse } from '../../src-shared/sync/sync-protocol';
import { eventMaker } from '../test-support/desk-events';
import { pgSkipNote, pgUnavailableReason } from '../test-support/pg-cluster';
import { call, nextMachineAddress, postFrom, type Answer, type Workstation } from '../test-support/sync-client';
import { useSyncServer } from './sync-fixture';

/** The four calls a workstation makes, with its own token, against `deskId`. */
async function everyCall(ws: Workstation, deskId: string, baseUrl: string): Promise<Record<string, Answer>> {
  const events = eventMaker(deskId, ws.workstation).next(2);
  const wake = await fetch(`${baseUrl}${syncPaths.wake(deskId)}`, { headers: { authorization: `Bearer ${ws.token}`, accept: 'text/event-stream' } });
  const wakeAnswer: Answer = { status: wake.status, body: wake.ok ? null : await wake.json() };
  if (wake.ok) await wake.body?.cancel();
  return {
    push: await ws.raw('POST', syncPaths.events(deskId), { events }),
    pull: await ws.raw('GET', `${syncPaths.events(deskId)}?after=0&limit=10`),
    wake: wakeAnswer,
    digest: await ws.raw('GET', syncPaths.digest(deskId)),
  };
}

function statuses(answers: Record<string, Answer>): Record<string, number> {
  return Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.status]));
}

function errorCodes(answers: Record<string, Answer>): Record<string, string> {
  return Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, (errorResponse.parse(a.body) as ErrorResponse).error]));
}

describe.skipIf(pgUnavailableReason() !== null)(`who may do what, on PostgreSQL${pgSkipNote()}`, () => {
  const fx = useSyncServer();

  it('a revoked workstation gets 401 on every call; the others carry on', async () => {
    const deskId = await fx.admin.createDesk('Revocation desk');
    const leaving = await fx.admin.enrol(deskId, 'ws-leaving');
    const staying = await fx.admin.enrol(deskId, 'ws-staying');
    await leaving.push(eventMaker(deskId, leaving.workstation).next(3));

    const revoked = await fx.admin.revoke(deskId, leaving.workstation);

    expect(revoked.status).toBeGreaterThanOrEqual(200);
    expect(revoked.status).toBeLessThan(300);
    const answers = await everyCall(leaving, deskId, fx.server.baseUrl);
    expect(statuses(answers)).toEqual({ push: 401, pull: 401, wake: 401, digest: 401 });
    expect(errorCodes(answers)).toEqual({ push: 'unauthorised', pull: 'unauthorised', wake: 'unauthorised', digest: 'unauthorised' });
    expect(statuses(await everyCall(staying, deskId, fx.server.baseUrl))).toEqual({ push: 200, pull: 200, wake: 200, digest: 200 });
  });

  it("one desk's token against another desk gets 403 on every call, and the other desk is untouched", async () => {
    const deskA = await fx.admin.createDesk('Desk A');
    const deskB = await fx.admin.createDesk('Desk B');
    const onA = await fx.admin.enrol(deskA, 'ws-a');
    const onB = await fx.admin.enrol(deskB, 'ws-b');
    await onB.push(eventMaker(deskB, onB.workstation).next(4));

    const answers = await everyCall(onA, deskB, fx.server.baseUrl);

    expect(statuses(answers)).toEqual({ push: 403, pull: 403, wake: 403, digest: 403 });
    expect(errorCodes(answers)).toEqual({ push: 'forbidden', pull: 'forbidden', wake: 'forbidden', digest: 'forbidden' });
    const b = await onB.pull(0, 100);
    expect(b.events.map((e) => e['workstation'])).toEqual(['ws-b', 'ws-b', 'ws-b', 'ws-b']);
    expect((await onA.pull(0, 100)).events).toEqual([]);
  });

  it('no token, a made-up token, or a workstation token on admin calls: 401 or 403', async () => {
    const deskId = await fx.admin.createDesk('Desk C');
    const ws = await fx.admin.enrol(deskId, 'ws-c');
    const base = fx.server.baseUrl;
    expect((await call(base, 'GET', `${syncPaths.events(deskId)}?after=0`, null)).status).toBe(401);
    expect((await call(base, 'GET', `${syncPaths.events(deskId)}?after=0`, 'not-a-token-of-this-server-at-all')).status).toBe(401);
    expect([401, 403]).toContain((await call(base, 'POST', syncPaths.enrolmentCodes(deskId), ws.token, {})).status);
    expect([401, 403]).toContain((await call(base, 'DELETE', syncPaths.workstation(deskId, 'ws-c'), ws.token)).status);
  });

  it("an event's own deskId routes nothing: it lands on the token's desk and never on the desk it names", async () => {
    // docs/sync-protocol.md: the desk is the token's; a workstation that joins with local tickets
    // pushes what its local desk wrote, under that desk's id.
    const deskD = await fx.admin.createDesk('Desk D');
    const deskF = await fx.admin.createDesk('Desk F');
    const onD = await fx.admin.enrol(deskD, 'ws-d');
    const onF = await fx.admin.enrol(deskF, 'ws-f');
    const namingF = eventMaker(deskF, onD.workstation).next(2);

    const answer = await onD.push(namingF);

    expect(answer.stored).toHaveLength(2);
    expect((await onD.pull(0, 10)).events.map((e) => e['id'])).toEqual(namingF.map((e) => e['id']));
    expect((await onF.pull(0, 10)).events).toEqual([]);
    expect((await onF.digest()).count).toBe(0);
  });

  it('enrolment is rate-limited per client address: guessing codes soon gets 429', async () => {
    const guesser = nextMachineAddress();
    const statusesSeen: number[] = [];
    for (let i = 0; i < 30 && !statusesSeen.includes(429); i++) {
      const answer = await postFrom(fx.server.baseUrl, syncPaths.enrol, { code: `WRONG-CODE-${i}`, workstation: 'ws-guess', name: 'Guesser' }, guesser);
      statusesSeen.push(answer.status);
    }
    expect(statusesSeen.at(-1)).toBe(429);
    expect(statusesSeen.slice(0, -1).every((s) => s === 410)).toBe(true);
    // another machine is not held up by the guesser
    const deskId = await fx.admin.createDesk('Desk E');
    expect((await fx.admin.enrol(deskId, 'ws-e')).token.length).toBeGreaterThan(20);
  });
});
