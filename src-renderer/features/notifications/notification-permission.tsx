import { useQuery } from '@tanstack/react-query';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { useNotificationPermission } from './mutations';
import { notificationPermissionQuery, permissionDeclinedQuery } from './queries';

/**
 * The web target asks for permission to notify when there is something to notify about (the desk
 * has open tickets), never on load, and says what for; "Not now" is remembered. Without it the
 * in-app alerts still show every deadline.
 */
export function NotificationPermission({ hasOpenTickets }: { hasOpenTickets: boolean }) {
  const { t } = useI18n();
  const { db, platform } = useDeskServices();
  const declined = useQuery(permissionDeclinedQuery(db));
  const { ask, decline } = useNotificationPermission();
  // Asked once, when there is something to notify about; after asking, ask.isSuccess hides the banner.
  const permission = useQuery(notificationPermissionQuery(platform.kind === 'web' && hasOpenTickets));
  if (platform.kind !== 'web' || !hasOpenTickets || permission.data !== 'default' || declined.data !== false || ask.isSuccess) return null;
  return (
    <div className="banner" role="region" aria-label={t('notifyAsk.label')}>
      <p>{t('notifyAsk.why')}</p>
      <button type="button" onClick={() => ask.mutate()}>
        {t('notifyAsk.allow')}
      </button>
      <button type="button" onClick={() => decline.mutate()}>
        {t('notifyAsk.notNow')}
      </button>
    </div>
  );
}
