import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { useNotificationPermission } from './mutations';
import { permissionDeclinedQuery } from './queries';

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
  // Read once: the browser answers it through its own process, which costs the page every time it
  // is asked, and the desk re-renders often (after asking, ask.isSuccess hides the banner).
  const [permission] = useState(() => (typeof Notification === 'undefined' ? 'unsupported' : Notification.permission));
  if (platform.kind !== 'web' || !hasOpenTickets || permission !== 'default' || declined.data !== false || ask.isSuccess) return null;
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
