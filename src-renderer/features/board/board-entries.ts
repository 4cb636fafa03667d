import { nextTimer, queueKeyOf } from '../../../src-shared/board/board-model';
import type { ContractPlans } from '../../../src-shared/desk/contract-plans';
import type { CompiledPlan } from '../../../src-shared/policy/compiled-policy';
import type { TimerResult } from '../../../src-shared/ticket/evaluate-timer';
import { ticketClocks, type TicketClocks } from '../../../src-shared/ticket/ticket-clocks';
import type { Contract, TicketRow } from '../../db/entities';
import type { TicketWithLog } from '../../store/ticket-store';

/** One ticket on the board: its row, its clocks as evaluated at `evaluatedAt`, its place in the queue. */
export interface BoardEntry {
  readonly row: TicketRow;
  readonly contract: Contract;
  readonly customerName: string;
  readonly plan: CompiledPlan;
  readonly clocks: TicketClocks;
  readonly next: TimerResult | null;
  readonly queueKey: number;
  readonly evaluatedAt: number;
  /** Share of a target after which a timer shows at risk: the desk's setting, else the preset's. */
  readonly atRiskFraction: number;
  /** Lower-case text the search box matches against. */
  readonly haystack: string;
}

const byNumber = new Intl.Collator('en', { numeric: true });

/**
 * A fresh cache of board entries, valid while `inputs` (plans, names, threshold, wake-ups) stay
 * the same: the caller makes a new one whenever any of them changes.
 */
export function entryCacheFor(inputs: readonly unknown[]): WeakMap<TicketWithLog, BoardEntry> {
  void inputs;
  return new WeakMap();
}

/**
 * Evaluates every open ticket's clocks once, at `evaluatedAt` (tickets found in `cache` keep their
 * earlier evaluation), and orders the queue by the next breach. Between evaluations the board only subtracts working time (see remainingAt), so a
 * one-second tick costs a few microseconds per visible row.
 */
export function buildBoardEntries(
  tickets: readonly TicketWithLog[],
  plans: ContractPlans,
  customerNames: ReadonlyMap<string, string>,
  evaluatedAt: number,
  atRiskOverride: number | null = null,
  cache?: WeakMap<TicketWithLog, BoardEntry>,
): BoardEntry[] {
  const planOf = new Map<string, CompiledPlan>();
  const entries = tickets.map((ticket): BoardEntry => {
    // An unchanged ticket keeps its entry: its clocks stay right, counted from its own evaluatedAt.
    const known = cache?.get(ticket);
    if (known) return known;
    const { row, events, contract } = ticket;
    let plan = planOf.get(contract.id);
    if (!plan) {
      plan = plans.planFor(contract);
      planOf.set(contract.id, plan);
    }
    const clocks = ticketClocks(plan, events, evaluatedAt);
    const customerName = customerNames.get(row.customerId) ?? '';
    const next = nextTimer(clocks);
    const entry: BoardEntry = {
      row,
      contract,
      customerName,
      plan,
      clocks,
      next,
      queueKey: queueKeyOf(next),
      evaluatedAt,
      atRiskFraction: atRiskOverride ?? plan.policy.clock.atRiskFraction,
      haystack: `${row.number} ${row.title} ${customerName} ${row.assignee ?? ''}`.toLowerCase(),
    };
    cache?.set(ticket, entry);
    return entry;
  });
  return entries.sort((a, b) => a.queueKey - b.queueKey || byNumber.compare(a.row.number, b.row.number));
}
