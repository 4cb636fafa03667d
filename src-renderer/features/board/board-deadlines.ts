import { remainingAt, SLA_TIMERS, ticketHealth, type Health } from '../../../src-shared/board/board-model';
import { UPDATE_SOON_MS, type Deadline, type DeadlineKind } from '../../../src-shared/clock/deadline';
import { isUrgentPriority } from '../../../src-shared/clock/notification-rules';
import type { TimerKind } from '../../../src-shared/policy/policy-types';
import type { Translate } from '../../i18n/i18n';
import { formatDuration } from '../../ui/format';
import type { BoardEntry } from './board-entries';

const TIMERS: readonly TimerKind[] = [...SLA_TIMERS, 'reply'];

/** How many of the next deadlines main is handed at a time; `refillAt` says when it needs more. */
export const DEADLINES_HANDED = 256;

/** A deadline before its notification text is written (texts are only made for those handed to main). */
interface Candidate {
  readonly entry: BoardEntry;
  readonly timer: TimerKind;
  readonly kind: DeadlineKind;
  readonly at: number;
  /** For at-risk deadlines: the business time left when it fires. */
  readonly leftMs: number;
}

export interface BoardDeadlines {
  /** The next future instants main should wake for, earliest first, at most DEADLINES_HANDED. */
  readonly deadlines: Deadline[];
  /** When main has announced all of them and more are waiting (null when it has them all). */
  readonly refillAt: number | null;
  readonly breached: number;
  readonly atRisk: number;
}

/**
 * A ticket's future instants main should wake for: a running timer turning at risk, breaching, a
 * status update falling due soon (UPDATE_SOON_MS before) and falling due, a customer's reply term
 * running out. (Callbacks come from the call records: `main-deadlines.ts` joins the two.) Past ones are left out: they were
 * announced when they happened, or before this workstation was on. Each entry's instants are worked
 * out once (an entry is immutable) and kept for as long as the entry lives: after one ticket's
 * change only that ticket's are worked out again. Main gets the earliest DEADLINES_HANDED, with
 * their texts in the screen's language; `refillAt` tells the caller when to hand over the next.
 */
export function deadlinesOf(entries: readonly BoardEntry[], now: number, t: Translate, limit = DEADLINES_HANDED): BoardDeadlines {
  const next: Candidate[] = [];
  let future = 0;
  let breached = 0;
  let atRisk = 0;
  for (const e of entries) {
    const health = healthAt(e, now);
    if (health === 'breached') breached++;
    if (health === 'at_risk') atRisk++;
    let candidates = known.get(e);
    if (!candidates) known.set(e, (candidates = candidatesOf(e)));
    for (const c of candidates) {
      if (c.at <= now) continue;
      future++;
      keepEarliest(next, c, limit);
    }
  }
  const last = next.at(-1);
  return {
    deadlines: next.map((c) => withMessage(c, t)),
    refillAt: future > limit && last ? last.at : null,
    breached,
    atRisk,
  };
}

/**
 * How many open tickets breach by `until` (the end of the agent's day: the tray's count): breached
 * now, or with an SLA target falling due before then.
 */
export function breachingBy(entries: readonly BoardEntry[], now: number, until: number): number {
  let count = 0;
  for (const e of entries) {
    let candidates = known.get(e);
    if (!candidates) known.set(e, (candidates = candidatesOf(e)));
    if (healthAt(e, now) === 'breached' || candidates.some((c) => c.kind === 'breach' && c.at <= until)) count++;
  }
  return count;
}

/** Inserts `c` in order into `kept` when it is among the `limit` earliest seen so far. */
function keepEarliest(kept: Candidate[], c: Candidate, limit: number): void {
  if (kept.length >= limit && c.at >= (kept[limit - 1] as Candidate).at) return;
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((kept[mid] as Candidate).at <= c.at) lo = mid + 1;
    else hi = mid;
  }
  kept.splice(lo, 0, c);
  if (kept.length > limit) kept.pop();
}

/** Each entry's deadlines, past ones included. */
const known = new WeakMap<BoardEntry, readonly Candidate[]>();

function candidatesOf(e: BoardEntry): Candidate[] {
  const out: Candidate[] = [];
  for (const timer of TIMERS) {
    const clock = e.clocks.timers[timer];
    if (!clock?.isRunning) continue;
    if (timer !== 'reply' && timer !== 'update') {
      // At risk once elapsed reaches ceil(target × fraction), i.e. when this much is left:
      const leftMs = clock.targetMs - Math.ceil(clock.targetMs * e.atRiskFraction);
      const untilRisk = clock.remainingMs - leftMs;
      const at = untilRisk > 0 ? clock.calendar.addWorkingTime(e.evaluatedAt, untilRisk) : null;
      if (at !== null && at > e.evaluatedAt) out.push({ entry: e, timer, kind: 'at_risk', at, leftMs });
    }
    if (timer === 'update' && clock.due !== null && clock.remainingMs > UPDATE_SOON_MS) {
      const at = clock.calendar.addWorkingTime(e.evaluatedAt, clock.remainingMs - UPDATE_SOON_MS);
      if (at > e.evaluatedAt) out.push({ entry: e, timer, kind: 'update_soon', at, leftMs: UPDATE_SOON_MS });
    }
    if (clock.due !== null) {
      const kind = timer === 'reply' ? 'reply_over' : timer === 'update' ? 'update_due' : 'breach';
      out.push({ entry: e, timer, kind, at: clock.due + 1, leftMs: 0 });
    }
  }
  return out;
}

function withMessage(c: Candidate, t: Translate): Deadline {
  const { row } = c.entry;
  const timer = t(`timer.${c.timer}`).toLowerCase();
  const left = formatDuration(c.leftMs, false);
  const message =
    c.kind === 'at_risk' || c.kind === 'update_soon'
      ? t(`notify.${c.kind}`, { number: row.number, timer, left })
      : t(`notify.${c.kind}`, { number: row.number, timer });
  return {
    ticketId: row.id,
    ticketNumber: row.number,
    title: row.title,
    timer: c.timer,
    kind: c.kind,
    at: c.at,
    message,
    ...(isUrgentPriority(row.priority) ? { isUrgent: true } : {}),
  };
}

/** A ticket's health as last worked out, and the span of time it is sure to hold for. */
interface HealthNote {
  readonly health: Health;
  readonly from: number;
  readonly until: number;
}

const healthNotes = new WeakMap<BoardEntry, HealthNote>();

/**
 * ticketHealth at `now`, worked out again only once it may have changed: a ticket's health moves
 * only when one of its running timers crosses its at-risk share or its target, and those moments
 * are known in advance. Counting a board's breached and at-risk tickets after one change is then a
 * comparison per ticket, not a walk over every ticket's calendar.
 */
export function healthAt(e: BoardEntry, now: number): Health {
  const note = healthNotes.get(e);
  if (note && now >= note.from && now < note.until) return note.health;
  const health = ticketHealth(e.clocks, e.evaluatedAt, now, e.atRiskFraction);
  healthNotes.set(e, { health, from: now, until: health === 'breached' ? Infinity : nextHealthCheck(e, now) });
  return health;
}

/** Working time kept in hand before an at-risk moment, so rounding can never make a count late. */
const AT_RISK_MARGIN_MS = 1_000;

/** The earliest moment after `now` at which any running timer of the entry may change its health. */
function nextHealthCheck(e: BoardEntry, now: number): number {
  let until = Infinity;
  for (const kind of SLA_TIMERS) {
    const timer = e.clocks.timers[kind];
    if (!timer?.isRunning) continue; // a timer that does not run keeps its health
    const remaining = remainingAt(timer, e.evaluatedAt, now);
    // Breaching happens after the due moment (when remaining working time goes below zero).
    until = Math.min(until, remaining > 0 ? timer.calendar.addWorkingTime(now, remaining) : now);
    const leftAtRisk = timer.targetMs - Math.ceil(timer.targetMs * e.atRiskFraction);
    const untilRisk = remaining - leftAtRisk - AT_RISK_MARGIN_MS;
    if (untilRisk > 0) until = Math.min(until, timer.calendar.addWorkingTime(now, untilRisk));
  }
  return until;
}
