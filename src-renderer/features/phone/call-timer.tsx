import { useNow } from '../../clock/app-clock';
import { useI18n } from '../../i18n/i18n';
import { formatDuration } from '../../ui/format';

/** The call's talk time, live while it runs; it counts from the start event, so a reload does not reset it. */
export function CallTimer({ startedAt, endedAt }: { startedAt: number; endedAt: number | null }) {
  const { t } = useI18n();
  const now = useNow(1000);
  const ms = Math.max(0, (endedAt ?? now) - startedAt);
  return (
    <p className="call-timer" role="timer" aria-label={t('phone.talkTime')}>
      {t(endedAt === null ? 'phone.running' : 'phone.ended', { duration: formatDuration(ms) })}
    </p>
  );
}
