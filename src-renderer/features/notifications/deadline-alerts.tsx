import { useI18n } from '../../i18n/i18n';
import { useFiredDeadlines } from './use-notifications';

/**
 * The in-app twin of the OS notifications: every deadline that fell due while Klok was open
 * (whatever the notification hours or the browser's permission), with a button to its ticket.
 */
export function DeadlineAlerts({ onOpen }: { onOpen: (ticketId: string) => void }) {
  const { t } = useI18n();
  const { alerts, dismiss } = useFiredDeadlines();
  if (alerts.length === 0) return null;
  return (
    <section className="deadline-alerts" aria-label={t('alerts.label')}>
      <ul>
        {alerts.map((d) => (
          <li key={`${d.ticketId}|${d.timer}|${d.kind}|${d.at}`}>
            <span>{d.message}</span>
            <button
              type="button"
              onClick={() => {
                dismiss(d);
                onOpen(d.ticketId);
              }}
            >
              {t('alerts.open', { number: d.ticketNumber })}
            </button>
            <button type="button" onClick={() => dismiss(d)} aria-label={t('alerts.dismissOf', { number: d.ticketNumber })}>
              {t('alerts.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
