import type { CallRow } from './call-types';

/** A callback the desk promised and has not made yet: main wakes at `at` to remind the agent. */
export interface PendingCallback {
  readonly callId: string;
  readonly ticketId: string;
  readonly caller: string;
  /** Epoch milliseconds: the time promised on the call record. */
  readonly at: number;
}

/**
 * The callbacks still owed on open tickets. A call saved with the outcome "callback scheduled"
 * promises one at its `callbackAt`; the promise is kept by any later call logged on the same ticket
 * (started after the promise was saved), and lapses when the ticket closes. Overdue promises stay
 * pending: after a restart main announces them at once, so a missed callback is never silent.
 */
export function pendingCallbacks(calls: readonly CallRow[], openTicketIds: { has(ticketId: string): boolean }): PendingCallback[] {
  // Per ticket, the two latest starts of logged calls: the promising call itself never keeps its promise.
  const latest = new Map<string, { first: { id: string; at: number }; second: number }>();
  for (const c of calls) {
    if (c.state !== 'logged' || c.ticketId === null) continue;
    const known = latest.get(c.ticketId);
    if (!known) latest.set(c.ticketId, { first: { id: c.id, at: c.startedAt }, second: -Infinity });
    else if (c.startedAt > known.first.at) latest.set(c.ticketId, { first: { id: c.id, at: c.startedAt }, second: known.first.at });
    else if (c.startedAt > known.second) known.second = c.startedAt;
  }
  const pending: PendingCallback[] = [];
  for (const c of calls) {
    if (c.state !== 'logged' || c.outcome !== 'callback_scheduled' || c.callbackAt === null || c.ticketId === null) continue;
    if (!openTicketIds.has(c.ticketId)) continue;
    const known = latest.get(c.ticketId);
    const lastOtherCall = known ? (known.first.id === c.id ? known.second : known.first.at) : -Infinity;
    const isKept = lastOtherCall >= (c.loggedAt ?? c.startedAt);
    if (!isKept) pending.push({ callId: c.id, ticketId: c.ticketId, caller: c.caller, at: c.callbackAt });
  }
  return pending.sort((a, b) => a.at - b.at);
}
