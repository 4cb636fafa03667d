import { useState } from 'react';
import { holidayName } from '../../../src-shared/calendar/holidays';
import type { WorkingCalendar } from '../../../src-shared/calendar/working-calendar';
import { timerHealth } from '../../../src-shared/board/board-model';
import { explainTimer, type TimerSpan } from '../../../src-shared/ticket/explain-timer';
import type { TimerResult } from '../../../src-shared/ticket/evaluate-timer';
import { useI18n, type I18n } from '../../i18n/i18n';
import { calendarAssumption, calendarName } from '../../i18n/policy-labels';
import { formatDuration, formatInstant } from '../../ui/format';
import { Countdown, HealthBadge } from '../board/countdown';

/**
 * Why a span did or did not count, in the screen's language: a pause by the status it waits in,
 * a wait or a stop by its code, a holiday by its local name where date-holidays has one; a desk's
 * closure by the name the desk gave it.
 */
function reasonText({ t, lookup, language }: I18n, span: TimerSpan, calendar: WorkingCalendar): string {
  const english = span.detail ?? '';
  let detail = english;
  if (span.reason === 'paused' && span.detailCode) detail = lookup(`status.${span.detailCode}`, english);
  else if (span.detailCode) detail = lookup(`timerReason.${span.detailCode}`, english);
  else if (span.reason === 'holiday' && span.holidayDate && calendar.spec.holidays)
    detail = holidayName(calendar.spec.holidays, span.holidayDate, language) ?? english;
  return t(`reason.${span.reason}`, { detail });
}

/**
 * One SLA clock with its explanation: which stretches counted, and which did not and why
 * (nights, weekends, holidays by name, pauses by status). The counted stretches add up to the
 * elapsed time shown.
 */
export function TimerCard({ timer, evaluatedAt, now, atRiskFraction }: { timer: TimerResult; evaluatedAt: number; now: number; atRiskFraction: number }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const zone = timer.calendar.zone;
  const name = t(`timer.${timer.kind}`);
  const health = timerHealth(timer, evaluatedAt, now, atRiskFraction);
  // The explanation walks every day the timer spans: work it out only while someone reads it.
  const [isExplained, setIsExplained] = useState(false);
  // Up to now what happened; from now to the due moment what will, marked projected.
  const spans = isExplained ? explainTimer(timer, evaluatedAt) : [];
  const assumption = calendarAssumption(i18n.lookup, timer.calendar);
  return (
    <article className="timer-card" aria-label={name}>
      <header>
        <h4>{name}</h4>
        <HealthBadge health={health} />
      </header>
      <p>
        <Countdown timer={timer} evaluatedAt={evaluatedAt} now={now} atRiskFraction={atRiskFraction} zone={zone} />
      </p>
      <p className="muted">
        {t('detail.elapsed', { elapsed: formatDuration(timer.elapsedMs, false), target: `${formatDuration(timer.targetMs, false)} (${timer.targetText})` })}
      </p>
      {timer.due !== null ? (
        <p>
          {timer.due < now
            ? t('detail.breachedAt', { due: formatInstant(timer.due, zone, locale) })
            : t('detail.due', { due: formatInstant(timer.due, zone, locale) })}
        </p>
      ) : null}
      <details onToggle={(e) => setIsExplained(e.currentTarget.open)}>
        <summary>{t('detail.why')}</summary>
        <p className="muted">{t('detail.calendar', { calendar: calendarName(i18n.lookup, timer.calendar), zone })}</p>
        {assumption ? <p className="muted">{assumption}</p> : null}
        <ol className="explanation">
          {spans.map((s) => {
            const text = `${formatInstant(s.start, zone, locale)} → ${formatInstant(s.end, zone, locale)}: ${reasonText(i18n, s, timer.calendar)} (${formatDuration(s.end - s.start, false)})`;
            return (
              <li
                key={`${s.start}-${s.reason}-${s.isProjected === true}`}
                className={`${s.isCounted ? 'counted' : 'skipped'}${s.isProjected ? ' projected' : ''}`}
              >
                {s.isProjected ? t('detail.projected', { span: text }) : text}
              </li>
            );
          })}
        </ol>
      </details>
    </article>
  );
}
