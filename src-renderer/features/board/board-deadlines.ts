import { SLA_TIMERS, ticketHealth } from '../../../src-shared/board/board-model';
import type { Deadline, DeadlineKind } from '../../../src-shared/clock/deadline';
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
 * The future instants main should wake for: a running timer turning at risk, breaching, a status
 * update falling due, a customer's reply term running out. Past ones are left out: they were
 * announced when they happened, or before this workstation was on. Each entry's instants are worked
 * out once (an entry is immutable) and kept for as long as the entry lives: after one ticket's
 * change only that ticket's are worked out again. Main gets the earliest DEADLINES_HANDED, with
 * their texts in the screen's language; `refillAt` tells the caller when to hand over the next.
 */
export function deadlinesOf(entries: readonly BoardEntry[], now: number, t: Translate, limit = DEADLINES_HANDED): BoardDeadlines {
  const future: Candidate[] = [];
  let breached = 0;
  let atRisk = 0;
  for (const e of entries) {
    const health = ticketHealth(e.clocks, e.evaluatedAt, now, e.atRiskFraction);
    if (health === 'breached') breached++;
    if (health === 'at_risk') atRisk++;
    let candidates = known.get(e);
    if (!candidates) known.set(e, (candidates = candidatesOf(e)));
    for (const c of candidates) if (c.at > now) future.push(c);
  }
  future.sort((a, b) => a.at - b.at);
  const handed = future.slice(0, limit);
  const last = handed.at(-1);
  return {
    deadlines: handed.map((c) => withMessage(c, t)),
    refillAt: future.length > limit && last ? last.at : null,
    breached,
    atRisk,
  };
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
  const message =
    c.kind === 'at_risk'
      ? t('notify.at_risk', { number: row.number, timer, left: formatDuration(c.leftMs, false) })
      : t(`notify.${c.kind}`, { number: row.number, timer });
  return { ticketId: row.id, ticketNumber: row.number, title: row.title, timer: c.timer, kind: c.kind, at: c.at, message };
}
