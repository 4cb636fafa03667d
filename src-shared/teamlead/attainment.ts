import { DateTime } from 'luxon';
import { calendarZone } from '../time/cached-zone';
import { SLA_TIMERS } from '../board/board-model';
import type { TimerKind } from '../policy/policy-types';
import type { TicketClocks } from '../ticket/ticket-clocks';

export const PERIOD_KINDS = ['week', 'month', 'quarter'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The period an instant falls in, in a zone: ISO week "2026-W10", month "2026-03", quarter "2026-Q1". */
export function periodKey(instant: number, zone: string, kind: PeriodKind): string {
  // The zone with its offsets cached: a quarter's outcomes ask for tens of thousands of periods.
  const local = DateTime.fromMillis(instant, { zone: calendarZone(zone) });
  if (kind === 'week') return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
  if (kind === 'month') return `${local.year}-${String(local.month).padStart(2, '0')}`;
  return `${local.year}-Q${local.quarter}`;
}

/** Whether a ticket met or breached one of its targets, and when that was decided. */
export interface TargetOutcome {
  readonly timer: TimerKind;
  readonly outcome: 'met' | 'breached';
  /** A breach: the moment the target was passed. Met: the moment the timer stopped in time. */
  readonly at: number;
}

/**
 * The targets a ticket has decided, from its clocks: a timer past its target is breached (at its
 * due moment, whatever it does later); a timer that stopped in time is met (when it stopped). A
 * timer still counting, paused or not started has no outcome yet.
 */
export function outcomesOf(clocks: TicketClocks): TargetOutcome[] {
  const out: TargetOutcome[] = [];
  for (const kind of SLA_TIMERS) {
    const timer = clocks.timers[kind];
    if (!timer) continue;
    if (timer.remainingMs < 0) out.push({ timer: kind, outcome: 'breached', at: timer.due ?? timer.stoppedAt ?? clocks.evaluatedAt });
    else if (timer.state === 'met' && timer.stoppedAt !== null) out.push({ timer: kind, outcome: 'met', at: timer.stoppedAt });
  }
  return out;
}

/** Met and breached targets of one group, timer and period. */
export interface AttainmentRow {
  readonly period: string;
  readonly group: string;
  readonly timer: TimerKind;
  readonly met: number;
  readonly breached: number;
  /** Share met, 0–100; null when nothing was decided. */
  readonly percentMet: number | null;
  /** The tickets behind the figure, for the drill-down. */
  readonly ticketIds: readonly string[];
}

export interface OutcomeOfTicket {
  readonly ticketId: string;
  /** The contract's zone: periods are the contract's. */
  readonly zone: string;
  /** What the figure is grouped by: a customer, a contract, a priority. */
  readonly group: string;
  readonly outcome: TargetOutcome;
}

/**
 * Attainment per period, group and timer. An outcome belongs to the period in which it happened
 * (a breach to the period of its due moment), in the contract's zone. Rows come ordered by period,
 * group and timer.
 */
export function attainment(outcomes: readonly OutcomeOfTicket[], kind: PeriodKind): AttainmentRow[] {
  const rows = new Map<string, { period: string; group: string; timer: TimerKind; met: number; breached: number; ticketIds: string[] }>();
  for (const o of outcomes) {
    const period = periodKey(o.outcome.at, o.zone, kind);
    const key = `${period}\u0000${o.group}\u0000${SLA_TIMERS.indexOf(o.outcome.timer)}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { period, group: o.group, timer: o.outcome.timer, met: 0, breached: 0, ticketIds: [] }));
    row[o.outcome.outcome]++;
    row.ticketIds.push(o.ticketId);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => ({ ...r, percentMet: r.met + r.breached === 0 ? null : (100 * r.met) / (r.met + r.breached) }));
}
