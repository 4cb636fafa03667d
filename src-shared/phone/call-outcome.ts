import type { CompiledPlan } from '../policy/compiled-policy';
import { decideOnLog, type TicketCommand } from '../ticket/ticket-commands';
import type { CallPurpose, TicketEvent } from '../ticket/ticket-event';
import type { CallOutcome, CallReason } from './call-types';

/** The ticket's own call purpose for a call reason, where it has one. */
const PURPOSE_OF: Readonly<Partial<Record<CallReason, CallPurpose>>> = {
  expedite: 'expedite',
  clarification: 'clarify',
  priority_dispute: 'priority_dispute',
  high_priority_notice: 'report_high',
};

export interface OutcomeInput {
  readonly callId: string;
  readonly reason: CallReason;
  readonly outcome: CallOutcome;
  readonly note: string;
  readonly priority?: string;
  readonly line?: string;
}

/**
 * The ticket commands a saved call runs, in order. The call is always logged on the ticket (with
 * the call's id); a priority change carries the call as its reason, an escalation or a status
 * update follows the logged call. A callback is kept on the call record.
 */
export function outcomeCommands(input: OutcomeInput): TicketCommand[] {
  const purpose = PURPOSE_OF[input.reason];
  const call = { ...(purpose ? { purpose } : {}), note: input.note, callId: input.callId };
  switch (input.outcome) {
    case 'priority_changed':
      return [{ kind: 'set_priority', priority: input.priority ?? '', reason: input.note, call }];
    case 'escalated':
      return [
        { kind: 'log_call', ...call },
        { kind: 'escalate', line: input.line ?? '' },
      ];
    case 'status_update_given':
      return [
        { kind: 'log_call', ...call },
        { kind: 'send_update', note: input.note },
      ];
    case 'logged_only':
    case 'callback_scheduled':
      return [{ kind: 'log_call', ...call }];
  }
}

export interface OutcomeContext {
  readonly now: number;
  readonly by: string;
  readonly workstation: string;
  readonly newId: () => string;
}

/**
 * Decides the ticket events of a call's outcome: each command through `decideCommand`, the
 * ticket's one rulebook, against the ticket as the commands before it left it. Throws the first
 * command's refusal (an InputError naming the field), so nothing is saved.
 */
export function decideCallOutcome(plan: CompiledPlan, log: readonly TicketEvent[], commands: readonly TicketCommand[], ctx: OutcomeContext): TicketEvent[] {
  const decided: TicketEvent[] = [];
  for (const command of commands) decided.push(...decideOnLog(plan, [...log, ...decided], command, ctx, ctx.now));
  return decided;
}
