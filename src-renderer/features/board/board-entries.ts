import { nextTimer, numberSortKey, queueKeyOf } from '../../../src-shared/board/board-model';
import type { ContractPlans } from '../../../src-shared/desk/contract-plans';
import type { CompiledPlan } from '../../../src-shared/policy/compiled-policy';
import { termsWithVersion } from '../../../src-shared/desk-log/projections/ticket-projection';
import { lacksPhoneContact } from '../../../src-shared/phone/phone-flags';
import type { TimerResult } from '../../../src-shared/ticket/evaluate-timer';
import { ticketClocks, type TicketClocks } from '../../../src-shared/ticket/ticket-clocks';
import type { Contract, TicketRow } from '../../db/entities';
import type { TicketWithLog } from '../../store/ticket-store';
import { changesBetween } from '../tickets/open-ticket-list';
import { BoardFacets } from './board-facets';
import { DeadlineBook } from './board-deadlines';

/** One ticket on the board: its row, its clocks as evaluated at `evaluatedAt`, its place in the queue. */
export interface BoardEntry {
  readonly row: TicketRow;
  readonly contract: Contract;
  readonly customerName: string;
  readonly plan: CompiledPlan;
  readonly clocks: TicketClocks;
  readonly next: TimerResult | null;
  readonly queueKey: number;
  /** The ticket number as text that sorts naturally (numberSortKey). */
  readonly numberKey: string;
  readonly evaluatedAt: number;
  /** Share of a target after which a timer shows at risk: the desk's setting, else the preset's. */
  readonly atRiskFraction: number;
  /** Lower-case text the search box matches against. */
  readonly haystack: string;
  /** A High/P0/P1 ticket with no phone contact logged (the board flags it). */
  readonly lacksPhoneContact: boolean;
}

/**
 * The entries of the last evaluation, valid while the inputs it was made for (plans, names,
 * threshold, wake-ups) stay the same: the caller makes a new one whenever any of them changes.
 */
export interface BoardEntryCache {
  readonly byTicket: WeakMap<TicketWithLog, BoardEntry>;
  /** Each ticket's entry in the last queue. */
  readonly byId: Map<string, BoardEntry>;
  /** The queue as last ordered. */
  sorted: readonly BoardEntry[] | null;
  /** The tickets the last queue was made from. */
  tickets: readonly TicketWithLog[] | null;
  /** The values the last queue's entries have, for the filter bar (a prepared board's, once adopted). */
  facets: BoardFacets;
  /** The last queue's deadlines and health counts, for main (a prepared board's, once adopted). */
  deadlines: DeadlineBook;
}

export function entryCacheFor(inputs: readonly unknown[]): BoardEntryCache {
  void inputs;
  return { byTicket: new WeakMap(), byId: new Map(), sorted: null, tickets: null, facets: new BoardFacets(), deadlines: new DeadlineBook() };
}

/** Queue order: the next breach first, then by ticket number. */
export function compareEntries(a: BoardEntry, b: BoardEntry): number {
  return a.queueKey - b.queueKey || (a.numberKey < b.numberKey ? -1 : a.numberKey > b.numberKey ? 1 : 0);
}

/**
 * Evaluates every open ticket's clocks once, at `evaluatedAt` (tickets found in `cache` keep their
 * earlier evaluation), and orders the queue by the next breach. Between evaluations the board only
 * subtracts working time (see remainingAt), so a one-second tick costs a few microseconds per
 * visible row. When `tickets` was made from the cache's last list by a few changes (withTicket),
 * only the changed tickets are looked at: their old entries leave the last queue and their new ones
 * go in, each found by binary search; the cache's facets and deadlines follow entry by entry. A
 * change then costs the same at 1,000 and at 50,000 tickets, but for one copy of the queue.
 */
export function buildBoardEntries(
  tickets: readonly TicketWithLog[],
  plans: ContractPlans,
  customerNames: ReadonlyMap<string, string>,
  evaluatedAt: number,
  atRiskOverride: number | null = null,
  cache?: BoardEntryCache,
): readonly BoardEntry[] {
  // A board built ahead for this very list (an import's, while IndexedDB wrote it) is taken whole.
  const adopted = cache?.sorted === null ? adoptPreparedBoard(cache, tickets, plans, customerNames, atRiskOverride) : null;
  if (adopted) return adopted;
  const evaluate = entryEvaluator(plans, customerNames, evaluatedAt, atRiskOverride);
  const fresh: BoardEntry[] = [];
  /** The entries fresh ones replace (the same ticket, changed) or that left. */
  const replaced: BoardEntry[] = [];
  const entryOf = (ticket: TicketWithLog): BoardEntry => {
    // An unchanged ticket keeps its entry: its clocks stay right, counted from its own evaluatedAt.
    const known = cache?.byTicket.get(ticket);
    if (known) return known;
    // So does one evaluated ahead of the board with the same names and threshold (an import's).
    const entry = preparedEntryOf(ticket, customerNames, atRiskOverride) ?? evaluate(ticket);
    const { row } = ticket;
    if (cache) {
      cache.byTicket.set(ticket, entry);
      const old = cache.byId.get(row.id);
      if (old) replaced.push(old);
      cache.byId.set(row.id, entry);
    }
    fresh.push(entry);
    return entry;
  };
  if (!cache) return tickets.map(entryOf).sort(compareEntries);
  const changes = cache.sorted && cache.tickets ? changesBetween(cache.tickets, tickets) : null;
  let sorted: BoardEntry[];
  if (changes && cache.sorted && changes.size <= MAX_MOVED) {
    for (const [id, ticket] of changes) {
      if (ticket) entryOf(ticket);
      else {
        const old = cache.byId.get(id);
        if (old) replaced.push(old);
        cache.byId.delete(id);
      }
    }
    sorted = reordered(cache.sorted, replaced, fresh);
  } else {
    const entries = tickets.map(entryOf);
    // Tickets that left the board (closed) leave the cache, the facets and the queue too.
    if (cache.byId.size !== entries.length) replaced.push(...departed(cache, entries));
    const previous = cache.sorted;
    sorted = previous && fresh.length + replaced.length <= MAX_MOVED ? reordered(previous, replaced, fresh) : entries.sort(compareEntries);
  }
  for (const e of replaced) cache.facets.remove(e);
  for (const e of fresh) cache.facets.add(e);
  cache.deadlines.update(replaced, fresh);
  cache.sorted = sorted;
  cache.tickets = tickets;
  return sorted;
}

/**
 * Evaluates tickets' board entries at `evaluatedAt`: the one place that says what an entry holds.
 * Tickets on one contract and policy version share a plan.
 */
function entryEvaluator(
  plans: ContractPlans,
  customerNames: ReadonlyMap<string, string>,
  evaluatedAt: number,
  atRiskOverride: number | null,
): (ticket: TicketWithLog) => BoardEntry {
  const planOf = new Map<string, CompiledPlan>();
  return ({ row, events, contract }) => {
    const planKey = row.policyVersion === undefined ? contract.id : `${contract.id}|${row.policyVersion}`;
    let plan = planOf.get(planKey);
    if (!plan) {
      plan = plans.planFor(termsWithVersion(contract, row.policyVersion));
      planOf.set(planKey, plan);
    }
    const clocks = ticketClocks(plan, events, evaluatedAt);
    const customerName = customerNames.get(row.customerId) ?? '';
    const next = nextTimer(clocks);
    return {
      row,
      contract,
      customerName,
      plan,
      clocks,
      next,
      queueKey: queueKeyOf(next),
      numberKey: numberSortKey(row.number),
      evaluatedAt,
      atRiskFraction: atRiskOverride ?? plan.policy.clock.atRiskFraction,
      haystack: `${row.number} ${row.title} ${customerName} ${row.assignee ?? ''}`.toLowerCase(),
      lacksPhoneContact: lacksPhoneContact(plan, row.priority, events),
    };
  };
}

/** Entries evaluated before the board asked for them (prepareBoardEntries), by ticket. */
const prepared = new WeakMap<TicketWithLog, BoardEntry>();

/** A whole board built before the board asked for it, with the inputs it was built with. */
interface PreparedBoard {
  readonly cache: BoardEntryCache;
  readonly plans: ContractPlans;
  readonly customerNames: ReadonlyMap<string, string>;
  readonly atRiskOverride: number | null;
}

/** Boards prepared for a list of tickets (prepareBoardEntries), by the list. */
const preparedBoards = new WeakMap<readonly TicketWithLog[], PreparedBoard>();

/**
 * Builds the board of tickets it is about to show, ahead of it: an import does this while
 * IndexedDB writes the desk, when the page would otherwise wait (decision 25). Everything the board
 * builds is built here: the entries, the queue's order, the filter bar's values and the deadlines.
 * Given this very list with the same plans, customer names and at-risk threshold, the board takes
 * all of it at once; given another list, it takes each ticket's entry when it was made with its
 * names and threshold (preparedEntryOf), else it evaluates anew. Returns the queue built.
 */
export function prepareBoardEntries(
  tickets: readonly TicketWithLog[],
  plans: ContractPlans,
  customerNames: ReadonlyMap<string, string>,
  evaluatedAt: number,
  atRiskOverride: number | null,
): readonly BoardEntry[] {
  const cache = entryCacheFor([]);
  const sorted = buildBoardEntries(tickets, plans, customerNames, evaluatedAt, atRiskOverride, cache);
  for (const ticket of tickets) {
    const entry = cache.byTicket.get(ticket);
    if (entry) prepared.set(ticket, entry);
  }
  preparedBoards.set(tickets, { cache, plans, customerNames, atRiskOverride });
  return sorted;
}

/**
 * Fills the fresh `cache` from the board prepared for `tickets`, when it was built with these
 * plans, names and threshold, and returns its queue; null when it did not. Taken once, as the
 * entries are.
 */
function adoptPreparedBoard(
  cache: BoardEntryCache,
  tickets: readonly TicketWithLog[],
  plans: ContractPlans,
  customerNames: ReadonlyMap<string, string>,
  atRiskOverride: number | null,
): readonly BoardEntry[] | null {
  const board = preparedBoards.get(tickets);
  if (!board) return null;
  preparedBoards.delete(tickets);
  for (const ticket of tickets) prepared.delete(ticket);
  if (board.plans !== plans || board.atRiskOverride !== atRiskOverride || !sameNames(board.customerNames, customerNames)) return null;
  const from = board.cache;
  for (const ticket of tickets) {
    const entry = from.byTicket.get(ticket);
    if (entry) cache.byTicket.set(ticket, entry);
  }
  for (const [id, entry] of from.byId) cache.byId.set(id, entry);
  cache.sorted = from.sorted;
  cache.tickets = from.tickets;
  cache.facets = from.facets;
  cache.deadlines = from.deadlines;
  return from.sorted;
}

function sameNames(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, name] of a) if (b.get(id) !== name) return false;
  return true;
}

/**
 * The entry prepared for `ticket`, if it was made with these names and this threshold. Taken once:
 * a later evaluation of all entries (the machine woke up) evaluates this ticket anew too.
 */
function preparedEntryOf(ticket: TicketWithLog, customerNames: ReadonlyMap<string, string>, atRiskOverride: number | null): BoardEntry | undefined {
  const entry = prepared.get(ticket);
  if (!entry) return undefined;
  prepared.delete(ticket);
  const isSame =
    entry.customerName === (customerNames.get(ticket.row.customerId) ?? '') &&
    entry.atRiskFraction === (atRiskOverride ?? entry.plan.policy.clock.atRiskFraction);
  return isSame ? entry : undefined;
}

/** The place of `entry` in a queue ordered by compareEntries (or a part of one), -1 when it is not there. */
export function indexOfEntry(queue: readonly BoardEntry[], entry: BoardEntry | undefined): number {
  if (!entry) return -1;
  const i = placeOf(queue, entry);
  return queue[i] === entry ? i : -1;
}

/** The entries of tickets no longer on the board, taken out of the cache's index. */
function departed(cache: BoardEntryCache, entries: readonly BoardEntry[]): BoardEntry[] {
  const current = new Set(entries.map((e) => e.row.id));
  const gone: BoardEntry[] = [];
  for (const [id, e] of cache.byId) {
    if (current.has(id)) continue;
    cache.byId.delete(id);
    gone.push(e);
  }
  return gone;
}

/** Up to this many changed tickets are moved within the last queue; more are sorted afresh. */
const MAX_MOVED = 64;

function reordered(previous: readonly BoardEntry[], replaced: readonly BoardEntry[], fresh: readonly BoardEntry[]): BoardEntry[] {
  const out = previous.slice();
  // Every entry has its own place (ticket numbers are unique): a binary search finds it.
  for (const old of replaced) {
    const i = placeOf(out, old);
    if (out[i] === old) out.splice(i, 1);
  }
  for (const entry of fresh) out.splice(placeOf(out, entry), 0, entry);
  return out;
}

/** The first index whose entry does not order before `entry`. */
function placeOf(queue: readonly BoardEntry[], entry: BoardEntry): number {
  let lo = 0;
  let hi = queue.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareEntries(queue[mid] as BoardEntry, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
