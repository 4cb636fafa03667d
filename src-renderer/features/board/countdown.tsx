import { remainingAt, timerHealth } from '../../../src-shared/board/board-model';
import type { TimerResult } from '../../../src-shared/ticket/evaluate-timer';
import { useI18n } from '../../i18n/i18n';
import { formatDuration } from '../../ui/format';

/** Business time left on a timer, live: it stands still outside working hours. */
export function Countdown({ timer, evaluatedAt, now, atRiskFraction }: { timer: TimerResult; evaluatedAt: number; now: number; atRiskFraction: number }) {
  const { t } = useI18n();
  const remaining = remainingAt(timer, evaluatedAt, now);
  const health = timerHealth(timer, evaluatedAt, now, atRiskFraction);
  const text = remaining < 0 ? t('duration.overdue', { duration: formatDuration(remaining) }) : formatDuration(remaining);
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
