import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import type { CallSave } from '../../src-shared/phone/call-input';
import { at, HOUR, MINUTE } from '../../src-shared/test-support/instants';
import { ticketClocks } from '../../src-shared/ticket/ticket-clocks';
import { InputError } from '../../src-shared/validation/issues';
import type { KlokDB } from '../db/klok-db';
import { KlokDB as Db } from '../db/klok-db';
import { discardCall, endCall, loadCalls, loadOpenCall, saveCall, startCall } from './call-store';
import { addCustomer } from './desk-store';
import { loadOutages } from './outage-store';
import { actor, deleteFreshDbs, dumpDesk, eventOf, freshDb, plans, storedLog } from './store-test-support';
import { writeEvents } from './write-events';
import { loadTicket, registerTicket } from './ticket-store';
import { ticketRecord } from '../db/ticket-pages';

afterEach(deleteFreshDbs);

// Mon 2 March 2026 in Amsterdam (Scope4mation office hours 08:30–16:30).
const T0900 = at('2026-03-02T09:00:00+01:00');
const T1000 = at('2026-03-02T10:00:00+01:00');
const T1007 = at('2026-03-02T10:07:00+01:00');

async function deskWithTicket(): Promise<{ db: KlokDB; ticketId: string }> {
  const db = freshDb();
  await addCustomer(db, plans, { name: 'Gemeente Houten', contractName: 'Support', policyId: 'scope4mation', planId: 'support' }, actor, T0900 - HOUR);
  const contract = (await db.contracts.toArray())[0]!;
  const row = await registerTicket(
    db,
    plans,
    { contractId: contract.id, title: 'Slow', type: 'disruption', environment: 'production', channel: 'portal' },
    actor,
    T0900,
  );
  return { db, ticketId: row.id };
}

const save = (ticketId: string, more: Partial<CallSave> = {}): CallSave => ({
  ticketId,
  reason: 'expedite',
  outcome: 'logged_only',
  note: 'customer asks for news',
  direction: 'in',
  caller: 'Kees',
  phone: '030 200 1234',
  ...more,
});

describe('the call store', () => {
  it('keeps a running call across a reopening of the database (the start is an event)', async () => {
    const { db } = await deskWithTicket();
    const started = await startCall(db, plans, { direction: 'in', phone: '030 200 1234' }, actor, T1000);
    db.close();
    const reopened = new Db(db.name);
    expect(await loadOpenCall(reopened)).toMatchObject({ id: started.id, state: 'running', startedAt: T1000, phone: '+31302001234', agent: 'Ann' });
    reopened.close();
  });

  it('saves a call on a ticket: the call record and the ticket’s call_logged with the call id, in one go', async () => {
    const { db, ticketId } = await deskWithTicket();
    const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
    const saved = await saveCall(db, plans, call.id, save(ticketId), actor, T1007);
    expect(saved).toMatchObject({ state: 'logged', talkMs: 7 * MINUTE, ticketId, phone: '+31302001234', reason: 'expedite' });
    expect(await loadOpenCall(db)).toBeNull();
    const ticket = await loadTicket(db, ticketId);
    expect(ticket?.events.find((e) => e.kind === 'call_logged')).toMatchObject({ callId: call.id, purpose: 'expedite' });
  });

  it('changes the priority from the call: the clocks switch to High and keep the elapsed time', async () => {
    const { db, ticketId } = await deskWithTicket();
    const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
    await endCall(db, plans, call.id, actor, T1007);
    await saveCall(
      db,
      plans,
      call.id,
      save(ticketId, { reason: 'high_priority_notice', outcome: 'priority_changed', priority: 'high' }),
      actor,
      T1007 + MINUTE,
    );
    const ticket = await loadTicket(db, ticketId);
    expect(ticket?.row.priority).toBe('high');
    expect(ticket?.events.find((e) => e.kind === 'priority_changed')).toMatchObject({ callId: call.id });
    const clocks = ticketClocks(plans.planFor(ticket!.contract), ticket!.events, T1007 + MINUTE);
    expect(clocks.timers.response).toMatchObject({ targetMs: 2 * HOUR, elapsedMs: HOUR + 8 * MINUTE });
  });

  it('saves nothing for a call without a ticket, and says why', async () => {
    const { db } = await deskWithTicket();
    const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
    const before = await dumpDesk(db);
    const error = await saveCall(db, plans, call.id, save(''), actor, T1007).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]).toMatchObject({ field: 'ticketId', code: 'phone.ticket_required' });
    expect(await dumpDesk(db)).toEqual(before);
  });

  it('saves nothing when the outcome is refused by the ticket (and keeps the call open)', async () => {
    const { db, ticketId } = await deskWithTicket();
    const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
    const before = await dumpDesk(db);
    await expect(saveCall(db, plans, call.id, save(ticketId, { outcome: 'escalated', line: 'first' }), actor, T1007)).rejects.toThrow(InputError);
    expect(await dumpDesk(db)).toEqual(before);
    expect((await loadOpenCall(db))?.id).toBe(call.id);
  });

  it('refuses an unparseable number at the start', async () => {
    const { db } = await deskWithTicket();
    await expect(startCall(db, plans, { direction: 'in', phone: 'twelve' }, actor, T1000)).rejects.toThrow('phone');
  });

  it('discards a call started by mistake', async () => {
    const { db } = await deskWithTicket();
    const call = await startCall(db, plans, { direction: 'out' }, actor, T1000);
    expect((await discardCall(db, plans, call.id, actor, T1007)).state).toBe('discarded');
    await expect(saveCall(db, plans, call.id, save('x'), actor, T1007)).rejects.toThrow('no longer in progress');
  });

  it('keeps the call rows equal to a fold of the whole log', async () => {
    const { db, ticketId } = await deskWithTicket();
    const a = await startCall(db, plans, { direction: 'in' }, actor, T1000);
    await saveCall(db, plans, a.id, save(ticketId), actor, T1007);
    await startCall(db, plans, { direction: 'out' }, actor, T1007 + MINUTE);
    const rebuilt = projectDesk((await storedLog(db)).map(eventOf), plans).calls;
    expect(await loadCalls(db)).toEqual(expect.arrayContaining(rebuilt));
    expect((await loadCalls(db)).length).toBe(2);
  });

  describe('a report of unavailability by phone', () => {
    const DOWN = at('2026-03-02T09:40:00+01:00');
    it('records the outage with the call: since when, how bad, the customer, contract, ticket and call', async () => {
      const { db, ticketId } = await deskWithTicket();
      const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
      await saveCall(db, plans, call.id, save(ticketId, { reason: 'outage_report', outageStartedAt: DOWN, outageScope: 'complete' }), actor, T1007);
      const ticket = (await ticketRecord(db, ticketId))!;
      expect(await loadOutages(db)).toEqual([
        {
          id: expect.any(String),
          customerId: ticket.customerId,
          contractId: ticket.contractId,
          ticketId,
          callId: call.id,
          scope: 'complete',
          category: null,
          startedAt: DOWN,
          endedAt: null,
          isOngoing: 1,
          reportedBy: 'Ann',
          reportedAt: T1007,
          note: 'customer asks for news',
        },
      ]);
      expect(projectDesk((await storedLog(db)).map(eventOf), plans).outages).toEqual(await loadOutages(db));
    });

    it('saves nothing — call, ticket event or outage — without a start and a scope, naming both', async () => {
      const { db, ticketId } = await deskWithTicket();
      const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
      const before = await dumpDesk(db);
      const error = await saveCall(db, plans, call.id, save(ticketId, { reason: 'outage_report' }), actor, T1007).catch((e: unknown) => e);
      expect((error as InputError).issues.map((i) => i.field)).toEqual(['outageStartedAt', 'outageScope']);
      expect(await dumpDesk(db)).toEqual(before);
    });

    it('refuses an outage that starts after the call is saved', async () => {
      const { db, ticketId } = await deskWithTicket();
      const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
      await expect(
        saveCall(db, plans, call.id, save(ticketId, { reason: 'outage_report', outageStartedAt: T1007 + 1, outageScope: 'partial' }), actor, T1007),
      ).rejects.toThrow('outageStartedAt: an outage cannot start in the future');
    });

    it('records no outage for a call with another reason, whatever the form still held', async () => {
      const { db, ticketId } = await deskWithTicket();
      const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
      await saveCall(db, plans, call.id, save(ticketId, { reason: 'expedite', outageStartedAt: DOWN, outageScope: 'complete' }), actor, T1007);
      expect(await loadOutages(db)).toEqual([]);
    });
  });
});

describe('the call lists', () => {
  it('list every call newest first, and the latest started of the calls in progress', async () => {
    const { db, ticketId } = await deskWithTicket();
    const started = (id: string, at: number) => ({ kind: 'call.started', stream: id, payload: { at, direction: 'in' } });
    // Ids in neither order of the starts (the table hands rows out by id).
    await writeEvents(db, plans, actor, T1007, async () => ({
      drafts: [started('call-1', T1000), started('call-2', T1007 + MINUTE), started('call-3', T1007)],
      result: () => undefined,
    }));
    expect((await loadCalls(db)).map((c) => c.id)).toEqual(['call-2', 'call-3', 'call-1']);
    expect((await loadOpenCall(db))?.id).toBe('call-2');
    await saveCall(db, plans, 'call-2', save(ticketId), actor, T1007 + 2 * MINUTE);
    expect((await loadOpenCall(db))?.id).toBe('call-3');
  });
});

describe('starting a call', () => {
  it('keeps what was typed without the spaces around it, and a blank number or caller as none', async () => {
    const { db, ticketId } = await deskWithTicket();
    const named = await startCall(db, plans, { direction: 'in', phone: ' 030 200 1234 ', caller: '  Kees  ', ticketId }, actor, T1000);
    expect(named).toMatchObject({ phone: '+31302001234', caller: 'Kees', ticketId });
    const blank = await startCall(db, plans, { direction: 'in', phone: '   ', caller: '   ' }, actor, T1007);
    expect(blank).toMatchObject({ phone: null, caller: '', ticketId: null });
  });
});

describe('ending a call', () => {
  it('ends a running call once: ending it again keeps the first end', async () => {
    const { db } = await deskWithTicket();
    const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
    expect(await endCall(db, plans, call.id, actor, T1007)).toMatchObject({ state: 'ended', endedAt: T1007, talkMs: 7 * MINUTE });
    const log = await storedLog(db);
    expect(await endCall(db, plans, call.id, actor, T1007 + MINUTE)).toMatchObject({ state: 'ended', endedAt: T1007 });
    expect(await storedLog(db)).toEqual(log);
  });

  it('never ends a call before it started (a clock set back meanwhile)', async () => {
    const { db } = await deskWithTicket();
    const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
    expect(await endCall(db, plans, call.id, actor, T1000 - MINUTE)).toMatchObject({ endedAt: T1000, talkMs: 0 });
  });

  it('refuses a call that is no longer in progress', async () => {
    const { db, ticketId } = await deskWithTicket();
    const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
    await saveCall(db, plans, call.id, save(ticketId), actor, T1007);
    await expect(endCall(db, plans, call.id, actor, T1007)).rejects.toMatchObject({
      issues: [{ field: 'call', reason: 'this call is no longer in progress', code: 'phone.call_gone' }],
    });
    await expect(discardCall(db, plans, 'no-such-call', actor, T1007)).rejects.toThrow(InputError);
  });
});

describe('saving a call', () => {
  it('ends a running call at the save, and keeps the end of one ended before', async () => {
    const { db, ticketId } = await deskWithTicket();
    const running = await startCall(db, plans, { direction: 'in' }, actor, T1000);
    expect(await saveCall(db, plans, running.id, save(ticketId), actor, T1007)).toMatchObject({ endedAt: T1007, talkMs: 7 * MINUTE });
    const ended = await startCall(db, plans, { direction: 'in' }, actor, T1007);
    await endCall(db, plans, ended.id, actor, T1007 + MINUTE);
    expect(await saveCall(db, plans, ended.id, save(ticketId), actor, T1007 + 5 * MINUTE)).toMatchObject({ endedAt: T1007 + MINUTE, talkMs: MINUTE });
    const endsOf = async (id: string) => (await storedLog(db)).filter((e) => e.kind === 'call.ended' && e.stream === id).length;
    expect([await endsOf(running.id), await endsOf(ended.id)]).toEqual([1, 1]);
  });

  it('never ends a call before it started, when saved on a clock set back meanwhile', async () => {
    const { db, ticketId } = await deskWithTicket();
    const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
    expect(await saveCall(db, plans, call.id, save(ticketId), actor, T1000 - MINUTE)).toMatchObject({ endedAt: T1000, talkMs: 0 });
  });

  it('refuses a callback before the moment the call is saved', async () => {
    const { db, ticketId } = await deskWithTicket();
    const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
    const callback = save(ticketId, { outcome: 'callback_scheduled', callbackAt: T1007 - MINUTE });
    await expect(saveCall(db, plans, call.id, callback, actor, T1007)).rejects.toMatchObject({
      issues: [{ field: 'callbackAt', reason: 'a callback cannot lie in the past', code: 'phone.callback_in_past' }],
    });
  });

  it('refuses a ticket that does not exist, or whose contract is gone, and writes nothing', async () => {
    const { db, ticketId } = await deskWithTicket();
    const call = await startCall(db, plans, { direction: 'in' }, actor, T1000);
    const before = await dumpDesk(db);
    await expect(saveCall(db, plans, call.id, save('no-such-ticket'), actor, T1007)).rejects.toMatchObject({
      issues: [{ field: 'ticketId', reason: 'a call must concern an existing ticket', code: 'phone.ticket_unknown' }],
    });
    expect(await dumpDesk(db)).toEqual(before);
    const contract = (await db.contracts.toArray())[0]!;
    await db.contracts.delete(contract.id);
    await expect(saveCall(db, plans, call.id, save(ticketId), actor, T1007)).rejects.toMatchObject({
      issues: [{ field: 'contract', reason: `contract ${contract.id} is missing`, code: 'contract_missing', params: { contract: contract.id } }],
    });
  });
});
