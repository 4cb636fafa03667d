import { describe, expect, it } from 'vitest';
import type { TimerKind } from '../policy/policy-types';
import { at, calendars, HOUR, MINUTE } from '../test-support/instants';
import { events, planOf } from '../test-support/ticket';
import type { TimerResult } from '../ticket/evaluate-timer';
import { ticketClocks, type TicketClocks } from '../ticket/ticket-clocks';
import type { TicketEvent } from '../ticket/ticket-event';
import { forecastTicket, forecastTimer, groupForecast, type ForecastItem } from './breach-forecast';

// Scope4mation support: Mon–Fri 08:30–16:30 Amsterdam, Dutch holidays. Normal: response 4 h,
// resolution 16 h; High: response 2 h, resolution 8 h (SPEC §1).
const scope = planOf('scope4mation', 'support');
const created = (when: string, priority: string, number = 'T-1') =>
  events({ at: when, kind: 'created', type: 'bug', priority, number, title: number, customerId: 'u1', contractId: 'c1' });

function forecast(log: TicketEvent[], now: string): ForecastItem[] {
  return forecastTicket(ticketClocks(scope, log, at(now)), at(now));
}
const shape = (items: readonly ForecastItem[]) => items.map((i) => [i.timer, i.bucket]);

describe('the breach forecast, in the business time of the ticket’s calendar', () => {
  const normal = created('2026-03-02T09:00:00+01:00', 'normal'); // Monday 09:00

  it('puts a response due in 30 minutes in the next hour, and a resolution due Wednesday later than the next business day', () => {
    // Response due Mon 13:00; resolution: Mon 7.5 h + Tue 8 h + Wed 0.5 h → Wed 09:00.
    expect(shape(forecast(normal, '2026-03-02T12:30:00+01:00'))).toEqual([
      ['response', 'next_hour'],
      ['resolution', 'later'],
    ]);
  });

  it('puts a response due in exactly one hour in the next hour, and one due this very moment there too (not yet breached)', () => {
    expect(shape(forecast(normal, '2026-03-02T12:00:00+01:00'))[0]).toEqual(['response', 'next_hour']);
    const [dueNow] = forecast(normal, '2026-03-02T13:00:00+01:00');
    expect(dueNow).toMatchObject({ timer: 'response', bucket: 'next_hour', due: at('2026-03-02T13:00:00+01:00'), overdueMs: 0 });
  });

  it('puts a response due at 13:00 in “today” at 10:00 (three hours left)', () => {
    expect(shape(forecast(normal, '2026-03-02T10:00:00+01:00'))[0]).toEqual(['response', 'today']);
  });

  it('puts a High resolution due Tuesday 09:00 on the next business day, and one due Monday after a Friday on it too', () => {
    const high = [...created('2026-03-02T09:00:00+01:00', 'high'), ...events({ at: '2026-03-02T09:10:00+01:00', kind: 'responded' })];
    expect(shape(forecast(high, '2026-03-02T10:00:00+01:00'))).toEqual([['resolution', 'next_business_day']]);
    // Friday 15:00: 1.5 h left on Friday, 6.5 h more on Monday → due Monday 15:00, next business day.
    const friday = [...created('2026-03-06T15:00:00+01:00', 'high'), ...events({ at: '2026-03-06T15:05:00+01:00', kind: 'responded' })];
    const items = forecast(friday, '2026-03-06T15:10:00+01:00');
    expect(shape(items)).toEqual([['resolution', 'next_business_day']]);
    expect(items[0]?.due).toBe(at('2026-03-09T15:00:00+01:00'));
  });

  it('counts an hour of business time, not of the wall clock: at 16:00 a timer with 1 h 30 min left is not in the next hour', () => {
    // Response due Mon 13:00 for a ticket registered at 09:00 with priority Normal is 4 h;
    // registered at 14:00 it is due Tuesday 10:00 (2.5 h Monday, 1.5 h Tuesday).
    const late = created('2026-03-02T14:00:00+01:00', 'normal');
    expect(shape(forecast(late, '2026-03-02T16:00:00+01:00'))[0]).toEqual(['response', 'next_business_day']);
    expect(shape(forecast(late, '2026-03-03T09:30:00+01:00'))[0]).toEqual(['response', 'next_hour']);
  });

  it('says for how long a breached timer has been breached, in business and in wall time', () => {
    const [response] = forecast(normal, '2026-03-02T13:30:00+01:00');
    expect(response).toMatchObject({
      timer: 'response',
      bucket: 'breached',
      due: at('2026-03-02T13:00:00+01:00'),
      overdueMs: 30 * MINUTE,
      overdueWallMs: 30 * MINUTE,
    });
    // Overnight the business time past the target stands still; the wall time does not.
    const [nextMorning] = forecast(normal, '2026-03-03T08:40:00+01:00');
    expect(nextMorning).toMatchObject({ bucket: 'breached', overdueMs: (3.5 * 60 + 10) * MINUTE });
    expect(nextMorning?.overdueWallMs).toBe(19 * HOUR + 40 * MINUTE);
  });

  it('leaves out timers that are met or paused and not past their target', () => {
    const waiting = [
      ...normal,
      ...events(
        { at: '2026-03-02T09:30:00+01:00', kind: 'responded' },
        { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
      ),
    ];
    expect(forecast(waiting, '2026-03-02T15:00:00+01:00')).toEqual([]);
  });
});

describe('groupForecast', () => {
  it('counts each ticket once, in its most urgent bucket, per group, and leaves out tickets without a key', () => {
    const tickets = [
      { assignee: 'Anna', log: created('2026-03-02T09:00:00+01:00', 'normal', 'T-1') }, // breached at 13:30
      { assignee: 'Anna', log: created('2026-03-02T12:00:00+01:00', 'normal', 'T-2') }, // response due 16:00: today
      { assignee: 'Bob', log: created('2026-03-02T13:00:00+01:00', 'high', 'T-3') }, // response due 15:00: today
      { assignee: null, log: created('2026-03-02T09:00:00+01:00', 'high', 'T-4') },
    ];
    const now = '2026-03-02T13:30:00+01:00';
    const groups = groupForecast(
      tickets,
      (t) => forecast(t.log, now),
      (t) => t.assignee,
    );
    expect(Object.fromEntries(groups)).toEqual({
      Anna: { breached: 1, next_hour: 0, today: 1, next_business_day: 0, later: 0 },
      Bob: { breached: 0, next_hour: 0, today: 1, next_business_day: 0, later: 0 },
    });
  });
});

// Timers as the engine would give them on the 24x7 calendar (UTC, every minute working), so the
// business time left is the wall time to the due moment.
const always = calendars.get('24x7');
const TARGET = 100 * HOUR;
function runningOn24x7(kind: TimerKind, evaluatedAt: number, due: string): TimerResult {
  const remainingMs = at(due) - evaluatedAt;
  const elapsedMs = TARGET - remainingMs;
  return {
    kind,
    state: remainingMs < 0 ? 'breached' : 'running',
    isRunning: true,
    elapsedMs,
    targetMs: TARGET,
    targetText: '100h',
    remainingMs,
    fraction: elapsedMs / TARGET,
    due: at(due),
    atRiskAt: null,
    startedAt: evaluatedAt - elapsedMs,
    stoppedAt: null,
    calendar: always,
    trace: null,
  };
}

describe('the forecast’s day boundaries, on a calendar that works around the clock (UTC)', () => {
  const now = at('2026-03-02T10:00:00Z'); // Monday

  it('counts a timer due at midnight that ends today as today', () => {
    expect(forecastTimer(runningOn24x7('resolution', now, '2026-03-03T00:00:00Z'), now, now)?.bucket).toBe('today');
    expect(forecastTimer(runningOn24x7('resolution', now, '2026-03-03T00:01:00Z'), now, now)?.bucket).toBe('next_business_day');
  });

  it('counts a timer due at midnight that ends the next business day as the next business day', () => {
    expect(forecastTimer(runningOn24x7('resolution', now, '2026-03-04T00:00:00Z'), now, now)?.bucket).toBe('next_business_day');
    expect(forecastTimer(runningOn24x7('resolution', now, '2026-03-04T00:01:00Z'), now, now)?.bucket).toBe('later');
  });
});

describe('forecastTicket', () => {
  it('lists the most urgent bucket first, and within a bucket the earliest due moment first, whatever the timers’ order', () => {
    const now = at('2026-03-02T10:00:00Z'); // Monday
    const clocks: TicketClocks = {
      type: 'incident',
      environment: 'production',
      status: 'new',
      priority: 'p1',
      createdAt: now - HOUR,
      evaluatedAt: now,
      timers: {
        response: runningOn24x7('response', now, '2026-03-02T13:00:00Z'), // today
        workaround: runningOn24x7('workaround', now, '2026-03-06T10:00:00Z'), // Friday: later
        resolution: runningOn24x7('resolution', now, '2026-03-05T10:00:00Z'), // Thursday: later
        update: runningOn24x7('update', now, '2026-03-02T09:45:00Z'), // breached 15 minutes ago
      },
    };
    expect(forecastTicket(clocks, now).map((i) => [i.timer, i.bucket, i.due])).toEqual([
      ['update', 'breached', at('2026-03-02T09:45:00Z')],
      ['response', 'today', at('2026-03-02T13:00:00Z')],
      ['resolution', 'later', at('2026-03-05T10:00:00Z')],
      ['workaround', 'later', at('2026-03-06T10:00:00Z')],
    ]);
  });
});
