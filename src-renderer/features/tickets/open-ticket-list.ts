import type { TicketWithLog } from '../../store/ticket-store';

/**
 * How a list of open tickets came from an earlier one: the tickets that changed, by id (null: it
 * left the list). The board asks for the changes since the list it last drew, so one ticket's
 * change costs it that ticket, not a walk over every open ticket.
 */
interface Step {
  readonly from: readonly TicketWithLog[];
  readonly id: string;
  readonly ticket: TicketWithLog | null;
}

const steps = new WeakMap<readonly TicketWithLog[], Step>();

/**
 * How many steps back a list remembers. Each step holds the list before it, so the memory held is
 * this many copies of the list at most; a board further behind than this reads the whole list.
 */
export const STEPS_KEPT = 8;

/** `list` with the ticket `ticketId` replaced by `fresh`, added (new) or removed (null). */
export function withTicket(list: readonly TicketWithLog[], ticketId: string, fresh: TicketWithLog | null): TicketWithLog[] {
  const i = list.findIndex((t) => t.row.id === ticketId);
  let next: TicketWithLog[];
  if (i < 0) next = fresh ? [...list, fresh] : [...list];
  else {
    next = [...list];
    if (fresh) next[i] = fresh;
    else next.splice(i, 1);
  }
  steps.set(next, { from: list, id: ticketId, ticket: fresh });
  forgetBeyond(next);
  return next;
}

/** The last list's steps past STEPS_KEPT are forgotten, and the lists they held with them. */
function forgetBeyond(list: readonly TicketWithLog[]): void {
  let at = list;
  for (let i = 0; i < STEPS_KEPT; i++) {
    const step = steps.get(at);
    if (!step) return;
    at = step.from;
  }
  steps.delete(at);
}

/**
 * The tickets that changed from `from` to `to`, by id (null: left), the latest change of each;
 * null when `to` was not made from `from` by withTicket within STEPS_KEPT steps.
 */
export function changesBetween(from: readonly TicketWithLog[], to: readonly TicketWithLog[]): ReadonlyMap<string, TicketWithLog | null> | null {
  const chain: Step[] = [];
  let at = to;
  while (at !== from) {
    const step = steps.get(at);
    if (!step || chain.length >= STEPS_KEPT) return null;
    chain.push(step);
    at = step.from;
  }
  const changes = new Map<string, TicketWithLog | null>();
  for (let i = chain.length - 1; i >= 0; i--) {
    const step = chain[i] as Step;
    changes.set(step.id, step.ticket);
  }
  return changes;
}
