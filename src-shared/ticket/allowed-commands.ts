import { remainingAt } from '../board/board-model';
import type { CompiledPlan } from '../policy/compiled-policy';
import type { LineDef, PriorityDef, Status } from '../policy/policy-types';
import { nextStatuses } from './status-flow';
import { COMMAND_KINDS, type CommandKind } from './ticket-command';
import type { TicketClocks } from './ticket-clocks';
import type { TicketSummary } from './ticket-summary';

/** Why a command is not open to a ticket now: the field it is about and the reason, for the agent. */
export interface Refusal {
  readonly field: string;
  readonly reason: string;
}

/** What an agent may do to a ticket at one instant, and with which values. */
export interface AllowedCommands {
  /** The commands open now. */
  readonly commands: ReadonlySet<CommandKind>;
  /** Why each other command is refused. */
  readonly refusals: Readonly<Partial<Record<CommandKind, Refusal>>>;
  /** Statuses `set_status` may move to. */
  readonly statuses: readonly Status[];
  /** Priorities `set_priority` may change to (the ticket's own left out). */
  readonly priorities: readonly PriorityDef[];
  /** Lines `escalate` may move to (the ticket's own left out). */
  readonly lines: readonly LineDef[];
  /** The line after the ticket's own, where "escalate" (E on the board) sends it; null at the last line. */
  readonly nextLine: LineDef | null;
}

/** Commands a closed ticket still takes. */
const WHILE_CLOSED: ReadonlySet<CommandKind> = new Set(['reopen', 'add_note', 'log_call']);

/**
 * The one place that decides which commands a ticket allows at `now`: the board, the detail and
 * `decideCommand` all ask here. `clocks` may have been evaluated earlier (`clocks.evaluatedAt`);
 * a running timer is carried forward to `now` in business time, so the customer's reply term
 * runs out on the board at the same instant the engine would accept closing the ticket.
 */
export function allowedCommands(plan: CompiledPlan, summary: TicketSummary, clocks: TicketClocks, now: number): AllowedCommands {
  const isClosed = summary.status === 'closed';
  const reply = clocks.timers.reply;
  const isReplyOver = reply !== undefined && (reply.state === 'breached' || remainingAt(reply, clocks.evaluatedAt, now) < 0);
  const rules: Record<CommandKind, Refusal | null> = {
    respond: summary.isResponded ? { field: 'status', reason: 'the ticket has been responded to already' } : null,
    acknowledge: summary.isResponded ? { field: 'status', reason: 'the ticket has been acknowledged already' } : null,
    send_update: clocks.timers.update ? null : { field: 'status', reason: 'this ticket has no status-update cadence' },
    set_status: null,
    set_priority: plan.prioritiesFor(summary.type).length > 0 ? null : { field: 'priority', reason: `a ${summary.type} carries no priority in this plan` },
    escalate: null,
    assign: null,
    give_workaround: clocks.timers.workaround?.isRunning ? null : { field: 'status', reason: 'no workaround target is running' },
    resolve: summary.isResolved ? { field: 'status', reason: 'the ticket is already resolved' } : null,
    reopen: isClosed || summary.isResolved ? null : { field: 'status', reason: 'only a resolved or closed ticket can be reopened' },
    close_administratively:
      summary.status === 'waiting_for_customer' && isReplyOver
        ? null
        : { field: 'status', reason: "a ticket can be closed administratively only when the customer's reply term has run out" },
    log_call: null,
    add_note: null,
  };
  const commands = new Set<CommandKind>();
  const refusals: Partial<Record<CommandKind, Refusal>> = {};
  for (const kind of COMMAND_KINDS) {
    const refusal = isClosed && !WHILE_CLOSED.has(kind) ? { field: 'status', reason: 'the ticket is closed; reopen it first' } : rules[kind];
    if (refusal) refusals[kind] = refusal;
    else commands.add(kind);
  }
  const lines = plan.policy.lines;
  const lineIndex = lines.findIndex((l) => l.id === summary.line);
  return {
    commands,
    refusals,
    statuses: isClosed ? [] : nextStatuses(summary.status),
    priorities: isClosed ? [] : plan.prioritiesFor(summary.type).filter((p) => p.id !== summary.priority),
    lines: isClosed ? [] : lines.filter((l) => l.id !== summary.line),
    nextLine: isClosed ? null : (lines[lineIndex + 1] ?? null),
  };
}
