import { updateDue } from '../../../src-shared/phone/phone-flags';
import { useI18n } from '../../i18n/i18n';
import { formatDuration } from '../../ui/format';
import type { BoardEntry } from '../board/board-entries';

/**
 * The board's phone flags on a ticket: a High/P0/P1 ticket without a phone contact logged, and
 * the next status update (the preset's cadence) with the time left, or how late it is.
 */
export function PhoneFlags({ entry, now }: { entry: BoardEntry; now: number }) {
  const { t } = useI18n();
  const update = updateDue(entry.clocks, now);
  return (
    <>
      {entry.lacksPhoneContact ? (
        <span className="badge flag-phone" data-flag="no-phone-contact">
          {t('phone.flag.noContact')}
        </span>
      ) : null}
      {update ? (
        <span className={`badge flag-update${update.isOverdue ? ' health-breached' : ''}`} data-flag={update.isOverdue ? 'update-overdue' : 'update-due'}>
          {t(update.isOverdue ? 'phone.flag.updateOverdue' : 'phone.flag.updateDue', { duration: formatDuration(update.remainingMs, false) })}
        </span>
      ) : null}
    </>
  );
}
