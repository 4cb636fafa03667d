import type { CompiledPlan } from '../policy/compiled-policy';
import { InputError, issue, type IssueParams } from '../validation/issues';
import { ticketClocks, type TicketClocks } from './ticket-clocks';
import { allowedCommands } from './allowed-commands';
import type { TicketCommand } from './ticket-command';
import { WAR_TEAM_PLAN_FIELDS, type CallPurpose, type TicketEvent, type WarTeamPlan } from './ticket-event';
import { summarizeTicket, type TicketSummary } from './ticket-summary';

export type { CommandKind, TicketCommand } from './ticket-command';

/** The note Klok writes on a ticket it closes administratively (a screen may say it in its own language). */
export const ADMINISTRATIVE_CLOSE_NOTE = 'closed administratively: no reply within the reply term';

export interface CommandContext {
  readonly plan: CompiledPlan;
  readonly summary: TicketSummary;
  readonly clocks: TicketClocks;
  readonly now: number;
  readonly by: string;
  readonly workstation: string;
  readonly newId: () => string;
}

const purposeOf = (call: { readonly purpose?: CallPurpose }) => (call.purpose ? { purpose: call.purpose } : {});

/** Refuses a command: the field, the reason in English, and the same as a code with parameters (ids) for the screen. */
const refuse = (field: string, reason: string, code: string, params?: IssueParams): never => {
  throw new InputError([issue(field, reason, `command.${code}`, params)]);
};

/** Who decides a command, and how its events get their ids. */
export type Decider = Pick<CommandContext, 'by' | 'workstation' | 'newId'>;

/**
 * Decides a command against a ticket's log as it stands: at `now`, or at the ticket's latest event
 * when this workstation's clock is behind it (nothing is decided before what already happened).
 * The store's write, a call's outcome and the board's immediate display all decide through here.
 */
export function decideOnLog(plan: CompiledPlan, log: readonly TicketEvent[], command: TicketCommand, decider: Decider, now: number): TicketEvent[] {
  const at = Math.max(now, ...log.map((e) => e.at));
  const { by, workstation, newId } = decider;
  return decideCommand(command, { plan, summary: summarizeTicket(log, plan), clocks: ticketClocks(plan, log, at), now: at, by, workstation, newId });
}

/**
 * Decides the events a command produces, enforcing the desk's rules: whether the command is open
 * to the ticket now (`allowedCommands`, the same answer the desk shows), the status flow,
 * priorities the plan knows, a reason for every priority change, a phone call for priorities
 * that must be phoned in. Throws an InputError naming the field, the reason and its code.
 */
export function decideCommand(command: TicketCommand, ctx: CommandContext): TicketEvent[] {
  const { summary, now } = ctx;
  const base = { at: now, by: ctx.by, workstation: ctx.workstation };
  const event = <E extends Omit<TicketEvent, 'at' | 'id'>>(e: E): TicketEvent => ({ id: ctx.newId(), ...base, ...e }) as unknown as TicketEvent;
  const allowed = allowedCommands(ctx.plan, summary, ctx.clocks, now);
  const refusal = allowed.refusals[command.kind];
  if (refusal) throw new InputError([refusal]);
  // Priorities, types and lines are the policy's ids: a screen names them from these.
  const ids = { policy: ctx.plan.policy.id, plan: ctx.plan.def.id, type: summary.type };
  switch (command.kind) {
    case 'respond':
      return [
        event({ kind: 'responded', ...(command.note ? { note: command.note } : {}) }),
        ...(summary.status === 'new' ? [event({ kind: 'status_changed', status: 'in_progress' })] : []),
      ];
    case 'acknowledge':
      return [event({ kind: 'acknowledged' })];
    case 'send_update':
      return [event({ kind: 'update_sent', ...(command.note ? { note: command.note } : {}) })];
    case 'set_status':
      if (command.status === summary.status) refuse('status', `the ticket is already ${command.status}`, 'same_status', { status: command.status });
      if (!allowed.statuses.includes(command.status))
        refuse('status', `cannot move from ${summary.status} to ${command.status}`, 'status_flow', { from: summary.status, to: command.status });
      return [event({ kind: 'status_changed', status: command.status })];
    case 'set_priority': {
      const priorities = ctx.plan.prioritiesFor(summary.type);
      const priority = priorities.find((p) => p.id === command.priority);
      if (!priority)
        refuse('priority', `"${command.priority}" is not a priority for ${summary.type} in this plan`, 'unknown_priority', {
          ...ids,
          priority: command.priority,
        });
      if (command.priority === summary.priority)
        refuse('priority', `the ticket is already ${command.priority}`, 'same_priority', { ...ids, priority: command.priority });
      if (command.reason.trim() === '') refuse('reason', 'a priority change needs a reason', 'reason_required');
      if (priority?.mustPhone && !command.call)
        refuse('call', `${priority.label} must be phoned in: log the call`, 'must_phone', { ...ids, priority: priority.id });
      const callId = command.call ? (command.call.callId ?? ctx.newId()) : undefined;
      const call = command.call ? [event({ kind: 'call_logged', callId, ...purposeOf(command.call), note: command.call.note })] : [];
      return [...call, event({ kind: 'priority_changed', priority: command.priority, note: command.reason, ...(callId ? { callId } : {}) })];
    }
    case 'escalate':
      if (!ctx.plan.policy.lines.some((l) => l.id === command.line))
        refuse('line', `unknown line "${command.line}"`, 'unknown_line', { ...ids, line: command.line });
      if (command.line === summary.line) refuse('line', `the ticket is already at ${command.line}`, 'same_line', { ...ids, line: command.line });
      if (!allowed.lines.some((l) => l.id === command.line))
        refuse('line', `cannot escalate to ${command.line}`, 'line_not_open', { ...ids, line: command.line });
      return [event({ kind: 'escalated', line: command.line })];
    case 'convene_war_team': {
      const members = command.members.map((m) => m.trim()).filter((m) => m !== '');
      if (members.length === 0) refuse('members', 'name at least one member of the war team', 'war_team_members_required');
      const plan = Object.fromEntries(WAR_TEAM_PLAN_FIELDS.map((f) => [f, command.plan[f].trim()])) as unknown as WarTeamPlan;
      for (const f of WAR_TEAM_PLAN_FIELDS) if (plan[f] === '') refuse(`plan.${f}`, 'the response plan needs this part', 'war_team_plan_required', { part: f });
      return [event({ kind: 'war_team_convened', members, plan })];
    }
    case 'assign':
      if (command.assignee.trim() === '') refuse('assignee', 'must name an agent', 'assignee_required');
      return [event({ kind: 'assigned', assignee: command.assignee.trim() })];
    case 'give_workaround':
      return [event({ kind: 'workaround_given', ...(command.note ? { note: command.note } : {}) })];
    case 'resolve':
      return [event({ kind: 'resolved', ...(command.note ? { note: command.note } : {}) })];
    case 'reopen':
      return [event({ kind: 'reopened', ...(command.note ? { note: command.note } : {}) })];
    case 'close_administratively':
      return [event({ kind: 'status_changed', status: 'closed', note: ADMINISTRATIVE_CLOSE_NOTE })];
    case 'log_call':
      if (command.note.trim() === '') refuse('note', 'say what the call was about', 'call_note_required');
      return [event({ kind: 'call_logged', callId: command.callId ?? ctx.newId(), ...purposeOf(command), note: command.note })];
    case 'add_note':
      if (command.note.trim() === '') refuse('note', 'must not be empty', 'empty_note');
      return [event({ kind: 'note_added', note: command.note })];
  }
}
