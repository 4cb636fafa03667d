import { useQuery } from '@tanstack/react-query';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { formatDuration } from '../../ui/format';
import { useDismissClockWarning } from './mutations';
import { clockWarningQuery } from './queries';

/**
 * Says so when this workstation has seen events stamped far ahead of its own clock: one of the two
 * clocks is wrong. Nothing is refused for it (changes still apply in the right order); the agent
 * should get the clock fixed.
 */
export function ClockWarning() {
  const { t } = useI18n();
  const { db } = useDeskServices();
  const warning = useQuery(clockWarningQuery(db));
  const dismiss = useDismissClockWarning();
  if (!warning.data) return null;
  return (
    <div className="banner warning" role="alert">
      <p>{t('clock.ahead', { ahead: formatDuration(warning.data.aheadMs, false) })}</p>
      <button type="button" onClick={() => dismiss.mutate()}>
        {t('clock.dismiss')}
      </button>
    </div>
  );
}
