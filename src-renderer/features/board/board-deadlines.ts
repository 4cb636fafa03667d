import { SLA_TIMERS, ticketHealth } from '../../../src-shared/board/board-model';
import type { Deadline } from '../../../src-shared/clock/deadline';
import type { TimerKind } from '../../../src-shared/policy/policy-types';
import type { Translate } from '../../i18n/i18n';
import { formatDuration } from '../../ui/format';
import type { BoardEntry } from './board-entries';

const TIMERS: readonly TimerKind[] = [...SLA_TIMERS, 'reply'];

/**
 * The future instants main should wake for: a running timer turning at risk, breaching, a status
 * update falling due, a customer's reply term running out. Past ones are left out: they were
 * announced when they happened, or before this workstation was on. Each entry's instants are worked
 * out once (an entry is immutable) and kept for as long as the entry lives: after one ticket's
 * change only that ticket's are worked out again.
 */
export function deadlinesOf(entries: readonly BoardEntry[], now: number, t: Translate): { deadlines: Deadline[]; breached: number; atRisk: number } {
  const deadlines: Deadline[] = [];
  let breached = 0;
  let atRisk = 0;
  const known = cacheFor(t);
  for (const e of entries) {
    const health = ticketHealth(e.clocks, e.evaluatedAt, now, e.atRiskFraction);
    if (health === 'breached') breached++;
    if (health === 'at_risk') atRisk++;
    let candidates = known.get(e);
    if (!candidates) known.set(e, (candidates = candidatesOf(e, t)));
    for (const d of candidates) if (d.at > now) deadlines.push(d);
  }
  return { deadlines, breached, atRisk };
}

/** Per language, each entry's deadlines, past ones included. */
const caches = new WeakMap<Translate, WeakMap<BoardEntry, readonly Deadline[]>>();

function cacheFor(t: Translate): WeakMap<BoardEntry, readonly Deadline[]> {
  let cache = caches.get(t);
  if (!cache) caches.set(t, (cache = new WeakMap()));
  return cache;
}

function candidatesOf(e: BoardEntry, t: Translate): Deadline[] {
  const out: Deadline[] = [];
  for (const kind of TIMERS) {
    const timer = e.clocks.timers[kind];
    if (!timer?.isRunning) continue;
    const base = { ticketId: e.row.id, ticketNumber: e.row.number, title: e.row.title, timer: kind };
    const timerName = t(`timer.${kind}`).toLowerCase();
    if (kind !== 'reply' && kind !== 'update') {
      // At risk once elapsed reaches ceil(target × fraction), i.e. when this much is left:
      const leftAtRisk = timer.targetMs - Math.ceil(timer.targetMs * e.atRiskFraction);
      const untilRisk = timer.remainingMs - leftAtRisk;
      const at = untilRisk > 0 ? timer.calendar.addWorkingTime(e.evaluatedAt, untilRisk) : null;
      if (at !== null && at > e.evaluatedAt)
        out.push({
          ...base,
          kind: 'at_risk',
          at,
          message: t('notify.at_risk', { number: e.row.number, timer: timerName, left: formatDuration(leftAtRisk, false) }),
        });
    }
    if (timer.due !== null) {
      const kindOf = kind === 'reply' ? 'reply_over' : kind === 'update' ? 'update_due' : 'breach';
      out.push({ ...base, kind: kindOf, at: timer.due + 1, message: t(`notify.${kindOf}`, { number: e.row.number, timer: timerName }) });
    }
  }
  return out;
}
