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
 * announced when they happened, or before this workstation was on.
 */
export function deadlinesOf(entries: readonly BoardEntry[], now: number, t: Translate): { deadlines: Deadline[]; breached: number; atRisk: number } {
  const deadlines: Deadline[] = [];
  let breached = 0;
  let atRisk = 0;
  for (const e of entries) {
    const health = ticketHealth(e.clocks, e.evaluatedAt, now, e.atRiskFraction);
    if (health === 'breached') breached++;
    if (health === 'at_risk') atRisk++;
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
        if (at !== null && at > now)
          deadlines.push({
            ...base,
            kind: 'at_risk',
            at,
            message: t('notify.at_risk', { number: e.row.number, timer: timerName, left: formatDuration(leftAtRisk, false) }),
          });
      }
      if (timer.due !== null && timer.due > now) {
        const kindOf = kind === 'reply' ? 'reply_over' : kind === 'update' ? 'update_due' : 'breach';
        deadlines.push({ ...base, kind: kindOf, at: timer.due + 1, message: t(`notify.${kindOf}`, { number: e.row.number, timer: timerName }) });
      }
    }
  }
  return { deadlines, breached, atRisk };
}
