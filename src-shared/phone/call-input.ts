import { outageReportIssues } from '../availability/outage-input';
import type { OutageScope } from '../availability/outage-events';
import { InputError, issue, type InputIssue } from '../validation/issues';
import type { CallDirection, CallOutcome, CallReason } from './call-types';
import { parsePhone } from './phone-number';

/** What an agent fills in to save a call (from the phone panel); text as typed. */
export interface CallSave {
  readonly ticketId: string;
  readonly reason: CallReason | '';
  readonly outcome: CallOutcome;
  readonly note: string;
  readonly direction: CallDirection;
  readonly caller: string;
  /** As typed; empty when the caller's number is unknown. */
  readonly phone: string;
  readonly customerId?: string;
  /** The new priority (outcome `priority_changed`). */
  readonly priority?: string;
  /** The line escalated to (outcome `escalated`). */
  readonly line?: string;
  /** When the desk calls back (outcome `callback_scheduled`), epoch ms. */
  readonly callbackAt?: number | null;
  /** Since when the product is unavailable (reason `outage_report`), epoch ms. */
  readonly outageStartedAt?: number | null;
  /** How bad (reason `outage_report`). */
  readonly outageScope?: OutageScope | '';
}

/** The `call.logged` payload a valid save becomes. */
export type CallLoggedPayload = Readonly<Record<string, unknown>> & { readonly ticketId: string; readonly at: number };

/**
 * Checks a call before anything is saved: it must concern a ticket, say why it was made and what
 * it was about, carry a valid number (if any), end after it started, and a callback must lie in
 * the future; an outcome that moves the ticket names where to; an outage report says since when
 * and how bad. Every broken rule is one issue
 * naming its field. Returns the `call.logged` payload (number in E.164).
 */
export function checkCallSave(input: CallSave, times: { readonly startedAt: number; readonly endedAt: number; readonly now: number }): CallLoggedPayload {
  const issues: InputIssue[] = [];
  const ticketId = input.ticketId.trim();
  if (ticketId === '')
    issues.push(issue('ticketId', 'a call must concern an existing ticket: register the ticket first, from the call', 'phone.ticket_required'));
  if (input.reason === '') issues.push(issue('callReason', 'say why the call was made', 'phone.reason_required'));
  if (input.note.trim() === '') issues.push(issue('note', 'say what the call was about', 'command.call_note_required'));
  let phone: string | undefined;
  if (input.phone.trim() !== '') {
    const parsed = parsePhone(input.phone);
    if (parsed.ok) phone = parsed.e164;
    else issues.push(parsed.issue);
  }
  if (times.endedAt < times.startedAt) issues.push(issue('endedAt', 'the call cannot end before it started', 'phone.end_before_start'));
  if (input.outcome === 'priority_changed' && !input.priority) issues.push(issue('priority', 'choose the new priority', 'phone.priority_required'));
  if (input.outcome === 'escalated' && !input.line) issues.push(issue('line', 'choose the line to escalate to', 'phone.line_required'));
  const callbackAt = input.outcome === 'callback_scheduled' ? input.callbackAt : undefined;
  if (input.outcome === 'callback_scheduled' && (callbackAt === undefined || callbackAt === null || Number.isNaN(callbackAt)))
    issues.push(issue('callbackAt', 'say when to call back', 'phone.callback_required'));
  else if (typeof callbackAt === 'number' && callbackAt <= times.now)
    issues.push(issue('callbackAt', 'a callback cannot lie in the past', 'phone.callback_in_past'));
  if (input.reason === 'outage_report')
    issues.push(...outageReportIssues({ startedAt: input.outageStartedAt ?? null, scope: input.outageScope ?? '' }, times.now));
  if (issues.length > 0) throw new InputError(issues);
  return {
    at: times.endedAt,
    ticketId,
    reason: input.reason,
    outcome: input.outcome,
    note: input.note.trim(),
    direction: input.direction,
    ...(input.caller.trim() ? { caller: input.caller.trim() } : {}),
    ...(phone ? { phone } : {}),
    ...(input.customerId ? { customerId: input.customerId } : {}),
    ...(input.outcome === 'priority_changed' && input.priority ? { priority: input.priority } : {}),
    ...(input.outcome === 'escalated' && input.line ? { line: input.line } : {}),
    ...(typeof callbackAt === 'number' ? { callbackAt } : {}),
  };
}
