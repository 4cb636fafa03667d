import { describe, expect, it } from 'vitest';
import { at, MINUTE } from '../test-support/instants';
import { contractAvailability } from './contract-availability';
import type { ExclusionRow } from './exclusion-projection';
import type { OutageRow } from './outage-projection';

const S4M = { id: 'con-s', customerId: 'cus-1', policyId: 'scope4mation' };
const CE = { id: 'con-c', customerId: 'cus-2', policyId: 'connect-engage' };
const KQ = { id: 'con-k', customerId: 'cus-3', policyId: 'konneqt' };

let n = 0;
function outage(contractId: string, from: string, minutes: number | null, more: Partial<OutageRow> = {}): OutageRow {
  const startedAt = at(from);
  return {
    id: `out-${++n}`,
    customerId: 'cus',
    contractId,
    ticketId: null,
    callId: null,
    scope: 'complete',
    category: null,
    startedAt,
    endedAt: minutes === null ? null : startedAt + minutes * MINUTE,
    isOngoing: minutes === null ? 1 : 0,
    reportedBy: 'Ann',
    reportedAt: startedAt,
    note: '',
    ...more,
  };
}

// March 2026 in Amsterdam has 743 hours (the clocks go forward on the 29th): 2,674,800,000 ms.
const MARCH_MS = 743 * 60 * MINUTE;
const END_OF_MARCH = at('2026-04-01T00:00:00+02:00');

describe('contractAvailability', () => {
  it('judges a Scope4mation contract by the month: a 10-minute outage misses 99.99 %, overspending the budget', () => {
    const { rows } = contractAvailability([S4M], [outage('con-s', '2026-03-10T10:00:00+01:00', 10)], [], '2026-03', END_OF_MARCH);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.period).toBe('2026-03');
    expect(row?.result.totalMs).toBe(MARCH_MS);
    expect(row?.result.downtimeMs).toBe(10 * MINUTE);
    expect(row?.result.met).toBe(false);
    // The budget: 0.01 % of 743 h = 267,480 ms (4 m 27.48 s); 600,000 ms down leaves it 332,520 ms overspent.
    expect(row?.result.budgetLeftMs).toBe(267_480 - 600_000);
    expect(row?.result.availability).toBeCloseTo(100 - (600_000 / MARCH_MS) * 100, 10);
  });

  it('does not count a 4-minute outage, nor a partial one, nor another contract’s', () => {
    const outages = [
      outage('con-s', '2026-03-10T10:00:00+01:00', 4),
      outage('con-s', '2026-03-11T10:00:00+01:00', 60, { scope: 'partial' }),
      outage('con-x', '2026-03-12T10:00:00+01:00', 60),
    ];
    const [row] = contractAvailability([S4M], outages, [], '2026-03', END_OF_MARCH).rows;
    expect(row?.result).toMatchObject({ downtimeMs: 0, met: true, budgetLeftMs: 267_480 });
    expect(row?.outages).toBe(2);
  });

  it('counts an ongoing outage until now, and one from the previous month only from the month’s start', () => {
    const ongoing = outage('con-s', '2026-03-31T23:50:00+02:00', null);
    expect(contractAvailability([S4M], [ongoing], [], '2026-03', at('2026-03-31T23:58:00+02:00')).rows[0]?.result.downtimeMs).toBe(8 * MINUTE);
    const across = outage('con-s', '2026-02-28T23:50:00+01:00', 20);
    expect(contractAvailability([S4M], [across], [], '2026-03', END_OF_MARCH).rows[0]?.result.downtimeMs).toBe(10 * MINUTE);
  });

  it('judges Connect & Engage by the quarter, per product category, and counts outages without one apart', () => {
    const outages = [
      outage('con-c', '2026-02-10T10:00:00+01:00', 30, { category: 'voice' }),
      outage('con-c', '2026-03-10T10:00:00+01:00', 30, { category: 'service_cloud' }),
      outage('con-c', '2026-03-11T10:00:00+01:00', 30),
    ];
    const { rows, uncategorised } = contractAvailability([CE, KQ], outages, [], '2026-03', END_OF_MARCH);
    expect(uncategorised).toBe(1);
    expect(rows.map((r) => [r.category, r.period, r.rule.targetBp, r.result.met])).toEqual([
      ['service_cloud', '2026-Q1', 9990, true], // 30 min of Q1 (2,159 h) is 0.023 %: within the 0.1 % budget
      ['voice', '2026-Q1', 9999, false], // but not within 0.01 %
    ]);
  });

  it('counts only the outages that overlap the month, to the millisecond', () => {
    const outages = [
      outage('con-s', '2026-02-10T10:00:00+01:00', 30), // February
      outage('con-s', '2026-02-28T23:30:00+01:00', 30), // ends the moment March starts
      outage('con-s', '2026-03-10T10:00:00+01:00', 10),
      outage('con-s', '2026-04-01T00:00:00+02:00', 60), // starts the moment March ends
      outage('con-s', '2026-04-10T10:00:00+02:00', 30), // April
      outage('con-s', '2026-03-31T23:50:00+02:00', null), // ongoing: counts until now, into April
    ];
    const [row] = contractAvailability([S4M], outages, [], '2026-03', at('2026-04-02T12:00:00+02:00')).rows;
    expect(row?.outages).toBe(2);
    expect(row?.result.downtimeMs).toBe(20 * MINUTE); // 10 minutes on the 10th, the last 10 of the 31st
  });

  it('gives each product category its own outages', () => {
    const outages = [
      outage('con-c', '2026-02-10T10:00:00+01:00', 30, { category: 'voice' }),
      outage('con-c', '2026-03-10T10:00:00+01:00', 20, { category: 'service_cloud' }),
      outage('con-c', '2026-03-12T10:00:00+01:00', 15, { category: 'service_cloud' }),
      outage('con-c', '2026-03-11T10:00:00+01:00', 45),
    ];
    const { rows, uncategorised } = contractAvailability([CE], outages, [], '2026-03', END_OF_MARCH);
    expect(rows.map((r) => [r.category, r.outages, r.result.downtimeMs])).toEqual([
      ['service_cloud', 2, 35 * MINUTE],
      ['voice', 1, 30 * MINUTE],
    ]);
    expect(uncategorised).toBe(1);
  });

  it('has no availability rows for a Konneqt contract (its policy sets no availability target), nor uncategorised outages', () => {
    const outages = [outage('con-k', '2026-03-10T10:00:00+01:00', 30, { category: 'voice' }), outage('con-k', '2026-03-11T10:00:00+01:00', 30)];
    expect(contractAvailability([KQ], outages, [], '2026-03', END_OF_MARCH)).toEqual({ rows: [], uncategorised: 0 });
  });

  it('has nothing to say of a month it cannot read', () => {
    expect(contractAvailability([S4M], [], [], '2026-13', END_OF_MARCH)).toEqual({ rows: [], uncategorised: 0 });
  });

  describe('with exclusion windows', () => {
    const window = (from: string, to: string, more: Partial<ExclusionRow> = {}): ExclusionRow => ({
      id: `ex-${++n}`,
      customerId: 'cus',
      contractId: 'con-s',
      startsAt: at(from),
      endsAt: at(to),
      reason: 'maintenance',
      announcedAt: at('2026-03-01T09:00:00+01:00'),
      isWithdrawn: 0,
      recordedBy: 'Lead',
      note: '',
      ...more,
    });
    const down = [outage('con-s', '2026-03-10T22:00:00+01:00', 30)];
    const judged = (windows: ExclusionRow[]) => contractAvailability([S4M], down, windows, '2026-03', END_OF_MARCH).rows[0]?.result;

    it('does not count downtime inside announced maintenance (nine days’ notice; Scope4mation asks one week)', () => {
      expect(judged([window('2026-03-10T22:00:00+01:00', '2026-03-11T00:00:00+01:00')])).toMatchObject({ downtimeMs: 0, met: true });
    });

    it('counts it when the maintenance was announced too late, never announced, withdrawn, or for another contract', () => {
      const late = window('2026-03-10T22:00:00+01:00', '2026-03-11T00:00:00+01:00', { announcedAt: at('2026-03-05T09:00:00+01:00') });
      const unannounced = window('2026-03-10T22:00:00+01:00', '2026-03-11T00:00:00+01:00', { announcedAt: null });
      const withdrawn = window('2026-03-10T22:00:00+01:00', '2026-03-11T00:00:00+01:00', { isWithdrawn: 1 });
      const elsewhere = window('2026-03-10T22:00:00+01:00', '2026-03-11T00:00:00+01:00', { contractId: 'con-x' });
      for (const w of [late, unannounced, withdrawn, elsewhere]) expect(judged([w])?.downtimeMs).toBe(30 * MINUTE);
    });

    it('needs no notice for emergency maintenance; what remains of an outage outside the window is judged alone', () => {
      expect(judged([window('2026-03-10T22:00:00+01:00', '2026-03-11T00:00:00+01:00', { reason: 'emergency_maintenance', announcedAt: null })])?.met).toBe(
        true,
      );
      // 22:00–22:30 down, excluded from 22:26: 26 minutes remain, one stretch of at least 5.
      expect(judged([window('2026-03-10T22:26:00+01:00', '2026-03-11T00:00:00+01:00')])?.downtimeMs).toBe(26 * MINUTE);
      // Excluded from 22:04: 4 minutes remain, under Scope4mation's 5-minute rule.
      expect(judged([window('2026-03-10T22:04:00+01:00', '2026-03-11T00:00:00+01:00')])?.downtimeMs).toBe(0);
    });
  });
});
