import { describe, expect, it } from 'vitest';
import { outcomePeriodsOf, periodIdsOf, replaceTicketOutcomes, rowsOfPeriod, type OutcomePeriod } from './outcome-periods';
import type { OutcomeRow } from './outcome-projection';

const row = (
  ticketId: string,
  timer: 'response' | 'resolution',
  contractId: string,
  month: string,
  week: string,
  outcome: 'met' | 'breached' = 'met',
): OutcomeRow => ({
  id: `${ticketId}|${timer}`,
  ticketId,
  number: `T-${ticketId}`,
  customerId: `customer-of-${contractId}`,
  contractId,
  priority: 'normal',
  timer,
  outcome,
  at: 1_772_442_000_000,
  zone: 'Europe/Amsterdam',
  week,
  month,
  quarter: `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}`,
  elapsedMs: 3_600_000,
});

const byId = (list: readonly { id: string }[]) => [...list].map((x) => x.id).sort();

describe('the period records of the outcome rows', () => {
  const rows = [
    row('b', 'response', 'c1', '2026-03', '2026-W10'),
    row('a', 'resolution', 'c1', '2026-03', '2026-W11', 'breached'),
    row('a', 'response', 'c1', '2026-03', '2026-W10'),
    row('c', 'response', 'c2', '2026-04', '2026-W14'),
  ];

  it('keeps each contract’s week, month and quarter in one record, its rows in id order, and gives them back whole', () => {
    const periods = outcomePeriodsOf(rows);
    expect(byId(periods)).toEqual([
      'month|2026-03|c1',
      'month|2026-04|c2',
      'quarter|2026-Q1|c1',
      'quarter|2026-Q2|c2',
      'week|2026-W10|c1',
      'week|2026-W11|c1',
      'week|2026-W14|c2',
    ]);
    const march = periods.find((p) => p.id === 'month|2026-03|c1') as OutcomePeriod;
    expect(march.ticketId).toEqual(['a', 'a', 'b']);
    expect(march.timer).toEqual({ values: ['resolution', 'response'], codes: [0, 1, 1] });
    expect(rowsOfPeriod(march)).toEqual([rows[1], rows[2], rows[0]]);
    expect(periodIdsOf(rows[3] as OutcomeRow)).toEqual(['week|2026-W14|c2', 'month|2026-04|c2', 'quarter|2026-Q2|c2']);
  });

  it('replacing a ticket’s rows gives the records a fold of the new rows gives; an emptied record goes', () => {
    const known = new Map(outcomePeriodsOf(rows).map((p) => [p.id, p]));
    // Ticket a reopens and closes again a week later; ticket c reopens.
    const aAgain = [row('a', 'response', 'c1', '2026-03', '2026-W12'), row('a', 'resolution', 'c1', '2026-03', '2026-W12')];
    const changedA = replaceTicketOutcomes(
      known,
      'a',
      rows.filter((r) => r.ticketId === 'a'),
      aAgain,
    );
    for (const [id, p] of changedA)
      if (p) known.set(id, p);
      else known.delete(id);
    const changedC = replaceTicketOutcomes(known, 'c', [rows[3] as OutcomeRow], []);
    expect([...changedC.values()]).toEqual([null, null, null]);
    for (const id of changedC.keys()) known.delete(id);
    const expected = outcomePeriodsOf([rows[0] as OutcomeRow, ...aAgain]);
    expect([...known.values()].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(expected.sort((x, y) => (x.id < y.id ? -1 : 1)));
    expect(changedA.get('week|2026-W11|c1')).toBeNull();
  });

  it('moves a ticket’s rows to the records of its new contract, leaving none behind in the old one’s', () => {
    const known = new Map(outcomePeriodsOf(rows).map((p) => [p.id, p]));
    const before = rows.filter((r) => r.ticketId === 'a');
    const moved = [row('a', 'response', 'c2', '2026-03', '2026-W10'), row('a', 'resolution', 'c2', '2026-03', '2026-W11', 'breached')];
    const changed = replaceTicketOutcomes(known, 'a', before, moved);
    expect(changed.get('month|2026-03|c1')?.ticketId).toEqual(['b']);
    expect(changed.get('week|2026-W11|c1')).toBeNull();
    expect(changed.get('month|2026-03|c2')?.ticketId).toEqual(['a', 'a']);
    expect(changed.get('month|2026-03|c2')?.customerId).toBe('customer-of-c2');
  });
});
