import { describe, expect, it } from 'vitest';
import { nextTimer, queueKeyOf } from '../../board/board-model';
import { ContractPlans } from '../../desk/contract-plans';
import { directoryEvents, ticketRange } from '../../test-support/generated-desk';
import { at, HOUR } from '../../test-support/instants';
import { planOf } from '../../test-support/ticket';
import { ticketClocks } from '../../ticket/ticket-clocks';
import type { DeskEvent } from '../desk-event';
import { projectDesk } from '../project-desk';
import { openTicketLogOf, storedTicketOf, rowOfStored } from './open-ticket-log';
import { ticketEventsOf, ticketFromLog } from './ticket-projection';

const plan = planOf('connect-engage', 'standard');

let n = 0;
const ev = (kind: string, iso: string, payload: Record<string, unknown> = {}): DeskEvent => ({
  id: `evt-${++n}`,
  deskId: 'desk-1',
  workstation: 'ws-a',
  by: 'Ann',
  hlc: `${at(iso)}-${n.toString(16).padStart(4, '0')}`,
  kind,
  v: 1,
  stream: 'tk-1',
  payload: { at: at(iso), ...payload },
});

const created = (iso: string, priority: string) =>
  ev('created', iso, { type: 'request', priority, number: 'T-1001', title: 'Chat widget down', customerId: 'cus-1', contractId: 'con-1', channel: 'phone' });

function recordOf(events: DeskEvent[]) {
  const row = ticketFromLog('tk-1', events, plan);
  if (!row) throw new Error('no row');
  return openTicketLogOf(row, ticketEventsOf(events), plan);
}

describe('openTicketLogOf: an open ticket’s place in the queue', () => {
  it('is the due instant of its running response timer (Connect & Engage, business hours Mon–Fri 08:30–17:00 CET)', () => {
    // High, 1 business hour: 30 min on Friday, 30 min on Monday from 08:30.
    expect(recordOf([created('2026-03-06T16:30:00+01:00', 'high')])).toMatchObject({
      id: 'tk-1',
      queueKey: at('2026-03-09T09:00:00+01:00'),
      numberKey: 'T-041001',
    });
    // Normal, 8 business hours: Monday 10:00–17:00 (7 h), Tuesday 08:30 + 1 h.
    expect(recordOf([created('2026-03-02T10:00:00+01:00', 'normal')])?.queueKey).toBe(at('2026-03-03T09:30:00+01:00'));
  });

  it('goes after every running timer once no timer runs (the response was given)', () => {
    const log = [created('2026-03-02T10:00:00+01:00', 'normal'), ev('responded', '2026-03-02T10:20:00+01:00')];
    expect(recordOf(log)?.queueKey).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('keeps the events the board evaluates, and none for a closed ticket', () => {
    const log = [created('2026-03-02T10:00:00+01:00', 'normal'), ev('responded', '2026-03-02T10:20:00+01:00')];
    expect(recordOf(log)?.events.map((e) => e.kind)).toEqual(['created', 'responded']);
    expect(recordOf([...log, ev('status_changed', '2026-03-02T11:00:00+01:00', { status: 'closed' })])).toBeNull();
  });

  it('is the key the board evaluates at any later moment, for every open ticket of a generated desk', () => {
    const now = at('2026-03-04T12:00:00+01:00');
    const shape = { open: 400, closed: 40, now };
    const events = [...directoryEvents(now), ...ticketRange(shape, 0, shape.open + shape.closed)];
    const plans = new ContractPlans();
    const projected = projectDesk(events, plans);
    const contracts = new Map(projected.contracts.map((c) => [c.id, c]));
    const open = projected.tickets.filter((t) => t.isOpen === 1);
    expect(open.length).toBe(400);
    // Only open tickets carry the board's fields: a closed one stays out of the queue's index.
    expect(projected.tickets.filter((t) => t.queueKey !== undefined || t.events !== undefined).map((t) => t.id)).toEqual(open.map((t) => t.id));
    const running = open.filter((l) => l.queueKey !== Number.MAX_SAFE_INTEGER);
    expect(running.length).toBeGreaterThan(100);
    for (const row of open) {
      const ticketPlan = plans.planFor(contracts.get(row.contractId)!);
      for (const later of [now, now + HOUR, now + 3 * 24 * HOUR, now + 40 * 24 * HOUR]) {
        expect(row.queueKey, `${row.number} at ${later}`).toBe(queueKeyOf(nextTimer(ticketClocks(ticketPlan, row.events!, later))));
      }
    }
  });
});

describe('storedTicketOf / rowOfStored: one record per ticket', () => {
  const log = [created('2026-03-02T10:00:00+01:00', 'normal'), ev('responded', '2026-03-02T10:20:00+01:00')];
  const row = ticketFromLog('tk-1', log, plan)!;

  it('keeps an open ticket’s log and place beside its row, and gives the row back unchanged', () => {
    const open = openTicketLogOf(row, ticketEventsOf(log), plan)!;
    const stored = storedTicketOf(row, open);
    expect(stored).toMatchObject({ id: 'tk-1', number: 'T-1001', queueKey: Number.MAX_SAFE_INTEGER, numberKey: 'T-041001' });
    expect(stored.events?.map((e) => e.kind)).toEqual(['created', 'responded']);
    expect(rowOfStored(stored)).toEqual(row);
    expect(Object.keys(rowOfStored(stored))).not.toContain('events');
  });

  it('is the row alone for a closed ticket, and a log without a place stays without one', () => {
    expect(storedTicketOf(row, null)).toBe(row);
    const unplaced = storedTicketOf(row, { events: ticketEventsOf(log) });
    expect(Object.keys(unplaced)).not.toContain('queueKey');
    expect(rowOfStored(unplaced)).toEqual(row);
  });
});
