import { describe, expect, it } from 'vitest';
import { at, HOUR } from '../test-support/instants';
import { attainmentTable, type DecidedOutcome } from './attainment-table';
import { shiftPeriod } from './periods';
import { practiceBandsOf, practiceRows } from './practice-bands';
import { ContractPlans } from '../desk/contract-plans';

const o = (
  number: string,
  customerId: string,
  timer: DecidedOutcome['timer'],
  outcome: DecidedOutcome['outcome'],
  when: string,
  zone = 'Europe/Amsterdam',
): DecidedOutcome => ({
  ticketId: `tk-${number}`,
  number,
  customerId,
  contractId: `con-${customerId}`,
  priority: 'normal',
  timer,
  outcome,
  at: at(when),
  zone,
});

describe('attainmentTable', () => {
  const outcomes = [
    o('T-1', 'Houten', 'response', 'met', '2026-03-02T10:00:00+01:00'), // Mon
    o('T-2', 'Houten', 'response', 'breached', '2026-03-10T13:00:00+01:00'),
    o('T-3', 'Houten', 'response', 'met', '2026-03-31T23:30:00+02:00'), // still March in Amsterdam
    o('T-1', 'Houten', 'resolution', 'met', '2026-03-03T10:00:00+01:00'),
    o('T-4', 'Fietsen', 'response', 'breached', '2026-03-05T09:00:00+01:00'),
    o('T-5', 'Fietsen', 'response', 'met', '2026-04-01T00:30:00+02:00'), // April
    o('T-6', 'Fietsen', 'response', 'met', '2026-03-31T23:30:00+00:00', 'UTC'), // March in the contract's zone, April in Amsterdam
  ];
  it('counts each target of the period as met and breached per group, with the share met and the tickets behind each count', () => {
    const table = attainmentTable(outcomes, 'month', '2026-03', (x) => x.customerId);
    expect(table.timers).toEqual(['response', 'resolution']);
    expect(table.groups.map((g) => g.group)).toEqual(['Fietsen', 'Houten']);
    const houten = table.groups[1]!.cells;
    expect([houten.response?.met.map((x) => x.number), houten.response?.breached.map((x) => x.number), houten.response?.percentMet]).toEqual([
      ['T-1', 'T-3'],
      ['T-2'],
      (100 * 2) / 3,
    ]);
    expect(houten.resolution?.percentMet).toBe(100);
    const fietsen = table.groups[0]!.cells;
    expect([fietsen.response?.met.map((x) => x.number), fietsen.response?.breached.map((x) => x.number), fietsen.resolution]).toEqual([
      ['T-6'],
      ['T-4'],
      undefined,
    ]);
    expect([table.total.response?.met.length, table.total.response?.breached.length, table.total.response?.percentMet]).toEqual([3, 2, 60]);
  });
  it('puts a breach in the period it happened and shows an empty period empty', () => {
    expect(attainmentTable(outcomes, 'month', '2026-04', (x) => x.customerId).total.response?.met.map((x) => x.number)).toEqual(['T-5']);
    expect(attainmentTable(outcomes, 'week', '2026-W11', (x) => x.customerId).groups.map((g) => [g.group, g.cells.response?.breached.length])).toEqual([
      ['Houten', 1],
    ]);
    expect(attainmentTable(outcomes, 'quarter', '2026-Q3', (x) => x.customerId)).toEqual({ timers: [], groups: [], total: {} });
  });
  it('lists the tickets behind a count by moment, and those of one moment by number', () => {
    const unordered = [
      o('T-9', 'Houten', 'response', 'met', '2026-03-05T10:00:00+01:00'),
      o('T-2', 'Houten', 'response', 'met', '2026-03-03T10:00:00+01:00'),
      o('T-1', 'Houten', 'response', 'met', '2026-03-04T10:00:00+01:00'),
      o('T-12', 'Houten', 'response', 'met', '2026-03-03T10:00:00+01:00'),
    ];
    const cell = attainmentTable(unordered, 'month', '2026-03', () => 'all').total.response;
    expect(cell?.met.map((x) => x.number)).toEqual(['T-12', 'T-2', 'T-1', 'T-9']);
  });
});

describe('shiftPeriod', () => {
  it('steps weeks across the ISO year, months across the year and quarters both ways', () => {
    expect([shiftPeriod('2026-W53', 'week', 1), shiftPeriod('2027-W01', 'week', -1), shiftPeriod('2026-W10', 'week', 0)]).toEqual([
      '2027-W01',
      '2026-W53',
      '2026-W10',
    ]);
    expect([shiftPeriod('2026-12', 'month', 1), shiftPeriod('2026-01', 'month', -1)]).toEqual(['2027-01', '2025-12']);
    expect([shiftPeriod('2026-Q1', 'quarter', -1), shiftPeriod('2026-Q4', 'quarter', 1)]).toEqual(['2025-Q4', '2027-Q1']);
  });
  it('says null for a key that is not of its kind', () => {
    expect([shiftPeriod('2026-03', 'week', 1), shiftPeriod('2026-Q5', 'quarter', 1), shiftPeriod('2026-13', 'month', 1)]).toEqual([null, null, null]);
    const padded = ['x2026-W10', '2026-W10x', 'x2026-03', '2026-03x', 'x2026-Q1', '2026-Q1x'];
    const kinds = ['week', 'week', 'month', 'month', 'quarter', 'quarter'] as const;
    expect(padded.map((key, i) => shiftPeriod(key, kinds[i]!, 1))).toEqual([null, null, null, null, null, null]);
  });
});

describe('practiceRows', () => {
  const plans = new ContractPlans();
  const scope = plans.planFor({ policyId: 'scope4mation', planId: 'support' });
  it('reads a priority’s bands in business time, none for a priority without', () => {
    expect(practiceBandsOf(scope, 'normal')).toEqual([
      { percent: 90, withinMs: 8 * HOUR },
      { percent: 95, withinMs: 16 * HOUR },
      { percent: 100, withinMs: 20 * HOUR },
    ]);
    expect(practiceBandsOf(scope, 'saas_unavailable')).toEqual([]);
    expect(practiceBandsOf(scope, 'no-such-priority')).toEqual([]);
    expect(practiceBandsOf(plans.planFor({ policyId: 'connect-engage', planId: 'standard' }), 'p3')).toEqual([]);
  });
  it('draws each priority’s resolution times against its bands, with N and the slowest tickets first', () => {
    // Normal: ten tickets, nine within 8 h and one after 18 h: 90 % ≤ 8 h met, 100 % ≤ 20 h met.
    const normal = Array.from({ length: 10 }, (_, i) => ({
      ticketId: `n${i}`,
      number: `N-${i}`,
      elapsedMs: (i === 9 ? 18 : i % 8 || 1) * HOUR,
      priority: 'normal',
    }));
    // High: two tickets, 3 h and 5 h: 90 % ≤ 4 h is missed (the 90th percentile is 5 h).
    const high = [3, 5].map((h) => ({ ticketId: `h${h}`, number: `H-${h}`, elapsedMs: h * HOUR, priority: 'high' }));
    const untargeted = { ticketId: 's1', number: 'S-1', elapsedMs: HOUR, priority: 'saas_unavailable' };
    const rows = practiceRows([...normal, ...high, untargeted], (r) => ({ key: r.priority, bands: practiceBandsOf(scope, r.priority) }));
    expect(rows.map((r) => r.key)).toEqual(['high', 'normal']);
    expect(rows[0]?.bands.map((b) => [b.percent, b.share, b.percentileMs / HOUR, b.isMet, b.count])).toEqual([
      [90, 50, 5, false, 2],
      [95, 100, 5, true, 2],
      [100, 100, 5, true, 2],
    ]);
    expect(rows[1]?.bands.map((b) => [b.percent, b.share, b.isMet, b.count])).toEqual([
      [90, 90, true, 10],
      [95, 90, false, 10],
      [100, 100, true, 10],
    ]);
    expect(rows[1]?.tickets[0]?.number).toBe('N-9');
  });
  it('orders the groups by key, whatever order their tickets come in', () => {
    const bands = [{ percent: 100, withinMs: HOUR }];
    const tickets = ['c', 'a', 'b'].map((key) => ({ ticketId: key, number: key.toUpperCase(), elapsedMs: HOUR }));
    expect(practiceRows(tickets, (t) => ({ key: t.ticketId, bands })).map((r) => r.key)).toEqual(['a', 'b', 'c']);
  });
});
