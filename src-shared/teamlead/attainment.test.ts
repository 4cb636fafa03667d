import { describe, expect, it } from 'vitest';
import { at, HOUR } from '../test-support/instants';
import { events, planOf } from '../test-support/ticket';
import { ticketClocks } from '../ticket/ticket-clocks';
import { attainment, outcomesOf, periodKey, type OutcomeOfTicket } from './attainment';
import { againstBands, nearestRank } from './practice-bands';

const scope = planOf('scope4mation', 'support');
const AMS = 'Europe/Amsterdam';

describe('periodKey', () => {
  it('names the ISO week, month and quarter of an instant in the contract’s zone', () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam: April, Q2, week 14.
    const t = at('2026-03-31T23:30:00Z');
    expect([periodKey(t, AMS, 'week'), periodKey(t, AMS, 'month'), periodKey(t, AMS, 'quarter')]).toEqual(['2026-W14', '2026-04', '2026-Q2']);
    expect([periodKey(t, 'UTC', 'month'), periodKey(t, 'UTC', 'quarter')]).toEqual(['2026-03', '2026-Q1']);
    // 1 January 2027 is a Friday: ISO week 53 of 2026.
    expect(periodKey(at('2027-01-01T12:00:00+01:00'), AMS, 'week')).toBe('2026-W53');
    // Monday 23 February 2026 starts ISO week 9 (week 1 began on Monday 29 December 2025).
    expect(periodKey(at('2026-02-23T10:00:00+01:00'), AMS, 'week')).toBe('2026-W09');
  });
});

describe('outcomesOf', () => {
  const created = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal', number: 'T-1', title: 'x' }); // Mon; response due 13:00
  it('a response in time is met when it was given; a resolution past its target is breached at its due moment', () => {
    const log = [
      ...created,
      ...events({ at: '2026-03-02T10:00:00+01:00', kind: 'responded' }, { at: '2026-03-05T10:00:00+01:00', kind: 'resolved' }), // resolution due Wed 09:00
    ];
    expect(outcomesOf(ticketClocks(scope, log, at('2026-03-06T12:00:00+01:00')))).toEqual([
      { timer: 'response', outcome: 'met', at: at('2026-03-02T10:00:00+01:00') },
      { timer: 'resolution', outcome: 'breached', at: at('2026-03-04T09:00:00+01:00') },
    ]);
  });
  it('a breach counts from the moment it happens, even while the timer still runs; an open timer in time has no outcome', () => {
    expect(outcomesOf(ticketClocks(scope, created, at('2026-03-02T14:00:00+01:00')))).toEqual([
      { timer: 'response', outcome: 'breached', at: at('2026-03-02T13:00:00+01:00') },
    ]);
    expect(outcomesOf(ticketClocks(scope, created, at('2026-03-02T12:00:00+01:00')))).toEqual([]);
  });
  it('a response given at the very moment it is due is met, and a timer at its due moment has no outcome yet', () => {
    const onTheDot = [...created, ...events({ at: '2026-03-02T13:00:00+01:00', kind: 'responded' })];
    expect(outcomesOf(ticketClocks(scope, onTheDot, at('2026-03-02T14:00:00+01:00')))).toEqual([
      { timer: 'response', outcome: 'met', at: at('2026-03-02T13:00:00+01:00') },
    ]);
    expect(outcomesOf(ticketClocks(scope, created, at('2026-03-02T13:00:00+01:00')))).toEqual([]);
  });
});

describe('attainment', () => {
  const o = (ticketId: string, group: string, outcome: 'met' | 'breached', when: string, timer: 'response' | 'resolution' = 'response'): OutcomeOfTicket => ({
    ticketId,
    zone: AMS,
    group,
    outcome: { timer, outcome, at: at(when) },
  });
  it('counts met and breached per period, group and timer, as counts and a percentage, with the tickets behind them', () => {
    const rows = attainment(
      [
        o('t1', 'Houten', 'met', '2026-03-02T10:00:00+01:00'),
        o('t2', 'Houten', 'met', '2026-03-10T10:00:00+01:00'),
        o('t3', 'Houten', 'breached', '2026-03-31T23:30:00+02:00'), // still March in Amsterdam
        o('t4', 'Houten', 'breached', '2026-04-01T00:30:00+02:00'), // April
        o('t1', 'Houten', 'met', '2026-03-05T10:00:00+01:00', 'resolution'),
        o('t5', 'Fietsen', 'met', '2026-03-03T10:00:00+01:00'),
      ],
      'month',
    );
    expect(rows.map((r) => [r.period, r.group, r.timer, r.met, r.breached, r.percentMet])).toEqual([
      ['2026-03', 'Fietsen', 'response', 1, 0, 100],
      ['2026-03', 'Houten', 'response', 2, 1, (100 * 2) / 3],
      ['2026-03', 'Houten', 'resolution', 1, 0, 100],
      ['2026-04', 'Houten', 'response', 0, 1, 0],
    ]);
    expect(rows[1]?.ticketIds).toEqual(['t1', 't2', 't3']);
  });
  it('gives half met for one met and one breached target', () => {
    const rows = attainment([o('t1', 'Houten', 'met', '2026-03-02T10:00:00+01:00'), o('t2', 'Houten', 'breached', '2026-03-03T10:00:00+01:00')], 'quarter');
    expect(rows.map((r) => [r.period, r.met, r.breached, r.percentMet])).toEqual([['2026-Q1', 1, 1, 50]]);
  });
});

describe('resolution in practice', () => {
  it('takes percentiles by nearest rank', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([0, 10, 11, 50, 90, 91, 95, 100].map((p) => nearestRank(ten, p))).toEqual([1, 1, 2, 5, 9, 10, 10, 10]);
    expect(nearestRank([], 90)).toBeNull();
  });
  it('draws the desk’s resolution times against the Normal bands: 90 % ≤ 8 h, 95 % ≤ 16 h, 100 % ≤ 20 h', () => {
    // Twenty tickets: 17 within 8 h, 2 within 16 h, 1 after 21 h.
    const durations = [...Array.from({ length: 17 }, (_, i) => (i % 8) * HOUR + HOUR), 10 * HOUR, 15 * HOUR, 21 * HOUR];
    const bands = [
      { percent: 90, withinMs: 8 * HOUR },
      { percent: 95, withinMs: 16 * HOUR },
      { percent: 100, withinMs: 20 * HOUR },
    ];
    expect(againstBands(durations, bands).map((b) => [b.percent, b.share, b.percentileMs / HOUR, b.isMet, b.count])).toEqual([
      [90, 85, 10, false, 20],
      [95, 95, 15, true, 20],
      [100, 95, 21, false, 20],
    ]);
    expect(againstBands([], bands)).toEqual([]);
  });
  it('takes the percentile of the times in order, whatever order they come in', () => {
    // Five times, 1 h to 5 h, given out of order: 60 % by nearest rank is the 3rd smallest, 3 h;
    // 80 % the 4th, 4 h. Two of five (40 %) took at most 2 h.
    const durations = [5 * HOUR, 3 * HOUR, 1 * HOUR, 4 * HOUR, 2 * HOUR];
    const bands = [
      { percent: 60, withinMs: 2 * HOUR },
      { percent: 80, withinMs: 4 * HOUR },
    ];
    expect(againstBands(durations, bands).map((b) => [b.percent, b.share, b.percentileMs / HOUR, b.isMet])).toEqual([
      [60, 40, 3, false],
      [80, 80, 4, true],
    ]);
  });
});
