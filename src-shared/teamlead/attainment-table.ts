import { SLA_TIMERS } from '../board/board-model';
import type { TargetKind } from '../policy/policy-types';
import { periodKey, type PeriodKind } from './attainment';
import type { OutcomeRow } from './outcome-projection';

/** A decided target, of a closed ticket (its stored row) or an open one (from its clocks now). */
export type DecidedOutcome = Pick<OutcomeRow, 'ticketId' | 'number' | 'customerId' | 'contractId' | 'priority' | 'timer' | 'outcome' | 'at' | 'zone'> &
  Partial<Pick<OutcomeRow, PeriodKind>>;

/** Met and breached targets of one group and timer in a period, with the outcomes behind each count. */
export interface AttainmentCell {
  readonly met: readonly DecidedOutcome[];
  readonly breached: readonly DecidedOutcome[];
  /** Share met, 0–100; null when nothing was decided. */
  readonly percentMet: number | null;
}

export interface AttainmentGroup {
  readonly group: string;
  readonly cells: Partial<Record<TargetKind, AttainmentCell>>;
}

export interface AttainmentTable {
  /** The targets decided in the period, in the desk's timer order: the table's columns. */
  readonly timers: readonly TargetKind[];
  /** One row per group, by group. */
  readonly groups: readonly AttainmentGroup[];
  readonly total: Partial<Record<TargetKind, AttainmentCell>>;
}

/**
 * Attainment of one period, per group and target: the outcomes that happened in the period (each
 * in its contract's zone; a breach at its due moment), counted as met and breached, with the share
 * met. `groupOf` names the group of an outcome (a customer, a contract, a priority).
 */
export function attainmentTable(
  outcomes: readonly DecidedOutcome[],
  kind: PeriodKind,
  period: string,
  groupOf: (o: DecidedOutcome) => string,
): AttainmentTable {
  // A stored outcome knows its periods; an open ticket's is worked out.
  const inPeriod = outcomes.filter((o) => (o[kind] ?? periodKey(o.at, o.zone, kind)) === period);
  const byGroup = new Map<string, DecidedOutcome[]>();
  for (const o of inPeriod) {
    const group = groupOf(o);
    const list = byGroup.get(group);
    if (list) list.push(o);
    else byGroup.set(group, [o]);
  }
  const timers = SLA_TIMERS.filter((k): k is TargetKind => inPeriod.some((o) => o.timer === k));
  return {
    timers,
    groups: [...byGroup].sort(([a], [b]) => a.localeCompare(b)).map(([group, list]) => ({ group, cells: cellsOf(list, timers) })),
    total: cellsOf(inPeriod, timers),
  };
}

function cellsOf(outcomes: readonly DecidedOutcome[], timers: readonly TargetKind[]): Partial<Record<TargetKind, AttainmentCell>> {
  const cells: Partial<Record<TargetKind, AttainmentCell>> = {};
  for (const timer of timers) {
    const mine = outcomes.filter((o) => o.timer === timer).sort((a, b) => a.at - b.at || a.number.localeCompare(b.number));
    if (mine.length === 0) continue;
    const met = mine.filter((o) => o.outcome === 'met');
    const breached = mine.filter((o) => o.outcome === 'breached');
    cells[timer] = { met, breached, percentMet: (100 * met.length) / mine.length };
  }
  return cells;
}
