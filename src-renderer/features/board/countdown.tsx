import { remainingAt, timerHealth } from '../../../src-shared/board/board-model';
import type { TimerResult } from '../../../src-shared/ticket/evaluate-timer';
import { useI18n } from '../../i18n/i18n';
import { formatDuration, formatLocalTime, formatTime } from '../../ui/format';

/**
 * Business time left on a timer, live: it stands still outside working hours. A met timer says
 * so and when (in `zone`, or the agent's own zone when none is given), not the time it had left.
 */
export function Countdown({
  timer,
  evaluatedAt,
  now,
  atRiskFraction,
  zone,
}: {
  timer: TimerResult;
  evaluatedAt: number;
  now: number;
  atRiskFraction: number;
  zone?: string;
}) {
  const { t, locale } = useI18n();
  const remaining = remainingAt(timer, evaluatedAt, now);
  const health = timerHealth(timer, evaluatedAt, now, atRiskFraction);
  const text =
    health === 'met' && timer.stoppedAt !== null
      ? t('countdown.met', { at: zone ? formatTime(timer.stoppedAt, zone, locale) : formatLocalTime(timer.stoppedAt, locale) })
      : remaining < 0
        ? t('duration.overdue', { duration: formatDuration(remaining) })
        : formatDuration(remaining);
  return (
    <span className={`countdown health-${health}`} data-health={health}>
      {text}
    </span>
  );
}

export function HealthBadge({ health }: { health: string }) {
  const { t } = useI18n();
  return (
    <span className={`badge health-${health}`} data-health={health}>
      {t(`health.${health}` as Parameters<typeof t>[0])}
    </span>
  );
}
