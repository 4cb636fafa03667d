import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ContractPlans } from '../../../src-shared/desk/contract-plans';
import type { PendingCallback } from '../../../src-shared/phone/pending-callbacks';
import type { LoggedTicketEvent, TicketRow } from '../../db/entities';
import { translator } from '../../i18n/i18n';
import { buildBoardEntries } from '../board/board-entries';
import { deadlinesOf } from '../board/board-deadlines';
import { mainDeadlines } from './main-deadlines';

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();
const iso = (ms: number) => DateTime.fromMillis(ms, { zone: 'Europe/Amsterdam' }).toISO({ suppressMilliseconds: true });
const plans = new ContractPlans();
const contract = { id: 'c1', customerId: 'u1', name: 'Incidents', policyId: 'connect-engage', planId: 'standard', createdAt: 0 };

/** A Connect & Engage P1 incident registered at `createdAt`: a status update every 15 minutes, 24/7. */
function incident(createdAt: string) {
  const created: LoggedTicketEvent = {
    id: 'e1',
    kind: 'created',
    at: at(createdAt),
    type: 'incident',
    priority: 'p1',
    number: 'T-1001',
    title: 'Voice down',
    customerId: 'u1',
    contractId: 'c1',
  };
  const row = { id: 't1', number: 'T-1001', title: 'Voice down', status: 'new', priority: 'p1', customerId: 'u1', contractId: 'c1' } as unknown as TicketRow;
  return { row, events: [created], contract };
}

// Sun 1 March 2026, 22:00 in Amsterdam: the P1 cadence runs around the clock.
const NOW = at('2026-03-01T22:00:00+01:00');
const entries = buildBoardEntries([incident('2026-03-01T22:00:00+01:00')], plans, new Map(), NOW);
const onBoard = new Map(entries.map((e) => [e.row.id, e]));
const handed = (callbacks: readonly PendingCallback[], t: ReturnType<typeof translator>) => mainDeadlines(deadlinesOf(entries, NOW, t), onBoard, callbacks, t);

describe('mainDeadlines', () => {
  it('warns 5 minutes before a status update falls due, then again when it is due', () => {
    const { deadlines } = handed([], translator('en'));
    const update = deadlines.filter((d) => d.timer === 'update');
    expect(update.map((d) => [d.kind, iso(d.at)])).toEqual([
      ['update_soon', '2026-03-01T22:10:00+01:00'],
      ['update_due', '2026-03-01T22:15:00.001+01:00'],
    ]);
    expect(update[0]?.message).toBe('T-1001: a status update is due in 5 m');
  });

  it('says it in Dutch on a Dutch screen', () => {
    const { deadlines } = handed([], translator('nl'));
    expect(deadlines.find((d) => d.kind === 'update_soon')?.message).toBe('T-1001: over 5 m is een statusupdate nodig');
  });

  it('wakes for a callback owed on an open ticket at the time on the call record, among the clock deadlines', () => {
    const callback: PendingCallback = { callId: 'call-1', ticketId: 't1', caller: 'Kees', at: at('2026-03-01T22:12:00+01:00') };
    const { deadlines } = handed([callback], translator('en'));
    expect(deadlines.map((d) => d.kind)).toEqual(['update_soon', 'callback_due', 'update_due']);
    expect(deadlines[1]).toMatchObject({ ticketId: 't1', ticketNumber: 'T-1001', timer: 'callback', message: 'T-1001: call Kees back now, as promised' });
  });

  it('hands over an overdue callback too (main announces it at once: a restart never silences one)', () => {
    const overdue: PendingCallback = { callId: 'call-1', ticketId: 't1', caller: '', at: at('2026-03-01T21:00:00+01:00') };
    const { deadlines } = handed([overdue], translator('nl'));
    expect(deadlines[0]).toMatchObject({ kind: 'callback_due', message: 'T-1001: bel de klant nu terug, zoals afgesproken' });
  });

  it('leaves out a callback whose ticket is not on the board', () => {
    const elsewhere: PendingCallback = { callId: 'call-1', ticketId: 't9', caller: 'Kees', at: NOW + 60_000 };
    expect(handed([elsewhere], translator('en')).deadlines.some((d) => d.kind === 'callback_due')).toBe(false);
  });
});
