import { remainingAt } from '../board/board-model';
import { ladderOf } from '../phone/escalation-ladders';
import type { CompiledPlan } from '../policy/compiled-policy';
import type { LineDef, PriorityDef, Status } from '../policy/policy-types';
import type { IssueParams } from '../validation/issues';
import { nextStatuses } from './status-flow';
import { COMMAND_KINDS, type CommandKind } from './ticket-command';
import type { TicketClocks } from './ticket-clocks';
import type { TicketSummary } from './ticket-summary';

/**
 * Why a command is not open to a ticket now: the field it is about, the reason in English, and the
 * same as a code (`command.<code>`) with parameters (ids), which a screen says in its own language.
 */
export interface Refusal {
  readonly field: string;
  readonly reason: string;
  readonly code: string;
  readonly params?: IssueParams;
}

/** A refusal of a command: field, English reason, and its code under `command.` with parameters. */
export function refusal(field: string, reason: string, code: string, params?: IssueParams): Refusal {
  return params ? { field, reason, code: `command.${code}`, params } : { field, reason, code: `command.${code}` };
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
  // Priorities, types and lines are the policy's ids: a screen names them from these.
  const ids = { policy: plan.policy.id, plan: plan.def.id, type: summary.type };
  const rules: Record<CommandKind, Refusal | null> = {
    respond: summary.isResponded ? refusal('status', 'the ticket has been responded to already', 'already_responded') : null,
    acknowledge: summary.isResponded ? refusal('status', 'the ticket has been acknowledged already', 'already_acknowledged') : null,
    send_update: clocks.timers.update ? null : refusal('status', 'this ticket has no status-update cadence', 'no_update_cadence'),
    set_status: null,
    set_priority:
      plan.prioritiesFor(summary.type).length > 0 ? null : refusal('priority', `a ${summary.type} carries no priority in this plan`, 'no_priorities', ids),
    escalate: null,
    convene_war_team: ladderOf(plan.policy).warTeam ? null : refusal('status', 'this policy has no war team', 'no_war_team', ids),
    assign: null,
    give_workaround: clocks.timers.workaround?.isRunning ? null : refusal('status', 'no workaround target is running', 'no_workaround_running'),
    resolve: summary.isResolved ? refusal('status', 'the ticket is already resolved', 'already_resolved') : null,
    reopen: isClosed || summary.isResolved ? null : refusal('status', 'only a resolved or closed ticket can be reopened', 'not_reopenable'),
    close_administratively:
      summary.status === 'waiting_for_customer' && isReplyOver
        ? null
        : refusal('status', "a ticket can be closed administratively only when the customer's reply term has run out", 'reply_term_running'),
    log_call: null,
    add_note: null,
  };
  const commands = new Set<CommandKind>();
  const refusals: Partial<Record<CommandKind, Refusal>> = {};
  for (const kind of COMMAND_KINDS) {
    const refused = isClosed && !WHILE_CLOSED.has(kind) ? refusal('status', 'the ticket is closed; reopen it first', 'closed') : rules[kind];
    if (refused) refusals[kind] = refused;
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
