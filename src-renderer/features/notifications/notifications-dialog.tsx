import { useI18n } from '../../i18n/i18n';
import { Modal } from '../../ui/modal';
import { NotificationSettings } from './notification-settings';

/** This agent's notification settings (personal: they stay on this workstation). */
export function NotificationsDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal title={t('notifySettings.title')} isOpen={isOpen} onClose={onClose}>
      <NotificationSettings />
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t('notifySettings.close')}
        </button>
      </div>
    </Modal>
  );
}
