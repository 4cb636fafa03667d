import type { DeskEvent } from '../desk-log/desk-event';
import type { CallDirection, CallOutcome, CallReason, CallRow, CallState } from './call-types';

type Payload = Readonly<Record<string, unknown>>;
const opt = <T>(p: Payload, key: string): T | null => (p[key] === undefined ? null : (p[key] as T));

/**
 * Folds one call's stream (its events in log order) into its row; null until the stream holds
 * its `call.started`. The first start counts; the first end stops the timer (a save without an end
 * ends the call at the save); a save fills in the details; a discard wins over everything but a
 * save. Unknown kinds (from a newer Klok) are skipped.
 */
export function callFromLog(id: string, events: readonly DeskEvent[]): CallRow | null {
  const start = events.find((e) => e.kind === 'call.started');
  if (!start) return null;
  const s = start.payload;
  const startedAt = s['at'] as number;
  const ended = events.find((e) => e.kind === 'call.ended');
  const logged = events.find((e) => e.kind === 'call.logged');
  const isDiscarded = events.some((e) => e.kind === 'call.discarded');
  const l: Payload = logged?.payload ?? {};
  const endedAt = (ended?.payload['at'] as number | undefined) ?? (logged ? (l['at'] as number) : null);
  const state: CallState = logged ? 'logged' : isDiscarded ? 'discarded' : endedAt !== null ? 'ended' : 'running';
  return {
    id,
    state,
    isOpen: state === 'running' || state === 'ended' ? 1 : 0,
    direction: (l['direction'] ?? s['direction']) as CallDirection,
    agent: start.by,
    startedAt,
    endedAt,
    talkMs: endedAt === null ? 0 : Math.max(0, endedAt - startedAt),
    ticketId: opt<string>(l, 'ticketId') ?? opt<string>(s, 'ticketId'),
    customerId: opt<string>(l, 'customerId') ?? opt<string>(s, 'customerId'),
    caller: opt<string>(l, 'caller') ?? opt<string>(s, 'caller') ?? '',
    phone: opt<string>(l, 'phone') ?? opt<string>(s, 'phone'),
    reason: opt<CallReason>(l, 'reason'),
    outcome: opt<CallOutcome>(l, 'outcome'),
    note: opt<string>(l, 'note') ?? '',
    priority: opt<string>(l, 'priority'),
    line: opt<string>(l, 'line'),
    callbackAt: opt<number>(l, 'callbackAt'),
    loggedAt: logged ? (l['at'] as number) : null,
  };
}
