import { useState } from 'react';
import { timerHealth } from '../../../src-shared/board/board-model';
import { STATUSES } from '../../../src-shared/policy/policy-types';
import { explainTimer } from '../../../src-shared/ticket/explain-timer';
import type { TimerResult } from '../../../src-shared/ticket/evaluate-timer';
import { useI18n, type Translate } from '../../i18n/i18n';
import { formatDuration, formatInstant } from '../../ui/format';
import { Countdown, HealthBadge } from '../board/countdown';

function reasonText(t: Translate, reason: string, detail: string | undefined): string {
  // A paused timer's detail is the status it waits in: show that status in the user's language.
  const isStatus = (STATUSES as readonly string[]).includes(detail ?? '');
  const shownDetail = isStatus ? t(`status.${detail}` as Parameters<Translate>[0]) : (detail ?? '');
  return t(`reason.${reason}` as Parameters<Translate>[0], { detail: shownDetail });
}

/**
 * One SLA clock with its explanation: which stretches counted, and which did not and why
 * (nights, weekends, holidays by name, pauses by status). The counted stretches add up to the
 * elapsed time shown.
 */
export function TimerCard({ timer, evaluatedAt, now, atRiskFraction }: { timer: TimerResult; evaluatedAt: number; now: number; atRiskFraction: number }) {
  const { t, locale } = useI18n();
  const zone = timer.calendar.zone;
  const name = t(`timer.${timer.kind}`);
  const health = timerHealth(timer, evaluatedAt, now, atRiskFraction);
  // The explanation walks every day the timer spans: work it out only while someone reads it.
  const [isExplained, setIsExplained] = useState(false);
  const spans = isExplained ? explainTimer(timer) : [];
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
        <p className="muted">{t('detail.calendar', { calendar: timer.calendar.spec.name ?? timer.calendar.id, zone })}</p>
        {timer.calendar.spec.assumption ? <p className="muted">{timer.calendar.spec.assumption}</p> : null}
        <ol className="explanation">
          {spans.map((s) => (
            <li key={`${s.start}-${s.reason}`} className={s.isCounted ? 'counted' : 'skipped'}>
              {formatInstant(s.start, zone, locale)} → {formatInstant(s.end, zone, locale)}: {reasonText(t, s.reason, s.detail)} (
              {formatDuration(s.end - s.start, false)})
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
