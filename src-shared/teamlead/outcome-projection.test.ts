import { describe, expect, it } from 'vitest';
import { ContractPlans } from '../desk/contract-plans';
import type { DeskEvent } from '../desk-log/desk-event';
import { ticketFromLog } from '../desk-log/projections/ticket-projection';
import { at, HOUR } from '../test-support/instants';
import { outcomesFromLog } from './outcome-projection';

const plans = new ContractPlans();
const scope = plans.planFor({ policyId: 'scope4mation', planId: 'support' });
const konneqtInTokyo = plans.planFor({ policyId: 'scope4mation', planId: 'support', zone: 'Asia/Tokyo' });

let n = 0;
const ev = (iso: string, kind: string, payload: Record<string, unknown> = {}): DeskEvent => ({
  id: `e${++n}`,
  deskId: 'desk-1',
  workstation: 'ws-a',
  by: 'Anna',
  hlc: `${String(at(iso)).padStart(15, '0')}:0000:ws-a`,
  kind,
  v: 1,
  stream: 'tk-1',
  payload: { at: at(iso), ...payload },
});

// Monday 2 March 2026, 09:00 Amsterdam: a Normal bug (response 4 h, resolution 16 h of office hours 08:30–16:30).
const created = ev('2026-03-02T09:00:00+01:00', 'created', { type: 'bug', number: 'T-1001', title: 'Login fails', customerId: 'cus-1', contractId: 'con-1' });

describe('outcomesFromLog', () => {
  it('gives an open ticket no rows: its outcomes still move with the clock', () => {
    const log = [created, ev('2026-03-02T10:00:00+01:00', 'responded')];
    expect(outcomesFromLog(ticketFromLog('tk-1', log, scope), log, scope)).toEqual([]);
    expect(outcomesFromLog(null, log, scope)).toEqual([]);
  });

  it('gives a closed ticket one row per decided target, with its periods and the business time it took', () => {
    const log = [
      created,
      ev('2026-03-02T14:00:00+01:00', 'responded'), // 5 h: breached at 13:00
      ev('2026-03-03T10:00:00+01:00', 'resolved'), // Tue: 7.5 h + 1.5 h = 9 h, met
      ev('2026-03-03T10:30:00+01:00', 'status_changed', { status: 'closed' }),
    ];
    const rows = outcomesFromLog(ticketFromLog('tk-1', log, scope), log, scope);
    expect(rows).toEqual([
      {
        id: 'tk-1|response',
        ticketId: 'tk-1',
        number: 'T-1001',
        customerId: 'cus-1',
        contractId: 'con-1',
        priority: 'normal',
        timer: 'response',
        outcome: 'breached',
        at: at('2026-03-02T13:00:00+01:00'),
        zone: 'Europe/Amsterdam',
        week: '2026-W10',
        month: '2026-03',
        quarter: '2026-Q1',
        elapsedMs: 5 * HOUR,
      },
      expect.objectContaining({ id: 'tk-1|resolution', timer: 'resolution', outcome: 'met', at: at('2026-03-03T10:00:00+01:00'), elapsedMs: 9 * HOUR }),
    ]);
  });

  it('gives a ticket without a priority the empty priority', () => {
    const log = [created, ev('2026-03-02T10:00:00+01:00', 'responded'), ev('2026-03-02T11:00:00+01:00', 'status_changed', { status: 'closed' })];
    const closed = ticketFromLog('tk-1', log, scope);
    const rows = outcomesFromLog(closed && { ...closed, priority: null }, log, scope);
    // Closing stops the resolution timer in time too: two decided targets, neither with a priority.
    expect(rows.map((r) => [r.timer, r.priority])).toEqual([
      ['response', ''],
      ['resolution', ''],
    ]);
  });

  it('counts the periods in the contract’s zone: a response at 08:45 on 1 April in Tokyo is April’s there (still 31 March in UTC)', () => {
    const log = [
      ev('2026-03-31T16:00:00+09:00', 'created', { type: 'bug', number: 'T-1002', title: 'x', customerId: 'cus-1', contractId: 'con-2' }), // Tue
      ev('2026-04-01T08:45:00+09:00', 'responded'), // Wed; 30 + 15 minutes of office hours
      ev('2026-04-01T08:50:00+09:00', 'status_changed', { status: 'closed' }),
    ];
    const [response] = outcomesFromLog(ticketFromLog('tk-1', log, konneqtInTokyo), log, konneqtInTokyo);
    expect(response).toMatchObject({ zone: 'Asia/Tokyo', outcome: 'met', month: '2026-04', quarter: '2026-Q2', week: '2026-W14', elapsedMs: 0.75 * HOUR });
  });
});
