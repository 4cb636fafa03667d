import { useI18n } from '../../i18n/i18n';
import { useToast } from '../../ui/toasts';
import { useBackUpNow } from './mutations';
import { useBackupReminder } from './use-daily-backup';

/** Where backups are downloads (a browser): a day without one, the desk says so and offers one. */
export function BackupReminder({ onOpen }: { onOpen: () => void }) {
  const { t } = useI18n();
  const isDue = useBackupReminder();
  const backUp = useBackUpNow();
  const toast = useToast();
  if (!isDue) return null;
  return (
    <div className="banner" role="status">
      <p>{t('backup.due')}</p>
      <button type="button" disabled={backUp.isPending} onClick={() => backUp.mutate('manual', { onSuccess: (name) => toast(t('backup.made', { name })) })}>
        {t('backup.now')}
      </button>
      <button type="button" onClick={onOpen}>
        {t('nav.backups')}
      </button>
    </div>
  );
}
