import { useI18n } from '../../i18n/i18n';
import { Modal } from '../../ui/modal';
import { NotificationSettings } from './notification-settings';
import { OpenAtLogin } from './open-at-login';

/** This agent's own settings (they stay on this workstation): notification hours, and in the desktop app, starting at login. */
export function SettingsDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal title={t('settings.title')} isOpen={isOpen} onClose={onClose}>
      <NotificationSettings />
      <OpenAtLogin />
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t('settings.close')}
        </button>
      </div>
    </Modal>
  );
}
