import type { DeskEvent } from '../desk-log/desk-event';
import type { TicketRow } from '../desk-log/projections/entities';
import { ticketEventsOf } from '../desk-log/projections/ticket-projection';
import type { CompiledPlan } from '../policy/compiled-policy';
import type { TargetKind } from '../policy/policy-types';
import { ticketClocks } from '../ticket/ticket-clocks';
import { outcomesOf, periodKey } from './attainment';

/**
 * One decided target of a closed ticket: what the attainment dashboard reads, so it never folds a
 * ticket's log to draw a figure. A projection of the ticket's stream like its row (decision 13's
 * addendum); an open ticket has none (its outcomes still move with the clock).
 */
export interface OutcomeRow {
  /** `${ticketId}|${timer}`: one row per closed ticket and target. */
  readonly id: string;
  readonly ticketId: string;
  readonly number: string;
  readonly customerId: string;
  readonly contractId: string;
  /** The ticket's priority when it closed; '' for none (an index cannot hold null). */
  readonly priority: string;
  readonly timer: TargetKind;
  readonly outcome: 'met' | 'breached';
  /** Breached: the due moment the target was passed. Met: when the timer stopped in time. */
  readonly at: number;
  /** The contract's zone, in which the periods below are counted. */
  readonly zone: string;
  /** The outcome's ISO week ("2026-W10"), month ("2026-03") and quarter ("2026-Q1") in `zone`. */
  readonly week: string;
  readonly month: string;
  readonly quarter: string;
  /** Business time on the timer when it stopped: for resolution, "resolved in practice". */
  readonly elapsedMs: number;
}

/**
 * The outcome rows of a ticket from its row and stream: none while it is open. The clocks of a
 * closed ticket are evaluated at its last event, so the rows depend on the log alone.
 */
export function outcomesFromLog(row: TicketRow | null, events: readonly DeskEvent[], plan: CompiledPlan): OutcomeRow[] {
  if (!row || row.isOpen === 1) return [];
  const clocks = ticketClocks(plan, ticketEventsOf(events), row.updatedAt);
  const zone = plan.calendar.zone;
  return outcomesOf(clocks).map((o) => ({
    id: `${row.id}|${o.timer}`,
    ticketId: row.id,
    number: row.number,
    customerId: row.customerId,
    contractId: row.contractId,
    priority: row.priority ?? '',
    timer: o.timer as TargetKind,
    outcome: o.outcome,
    at: o.at,
    zone,
    week: periodKey(o.at, zone, 'week'),
    month: periodKey(o.at, zone, 'month'),
    quarter: periodKey(o.at, zone, 'quarter'),
    elapsedMs: clocks.timers[o.timer]?.elapsedMs ?? 0,
  }));
}
