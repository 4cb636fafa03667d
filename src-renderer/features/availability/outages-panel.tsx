import { useQuery } from '@tanstack/react-query';
import { useNow } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { AvailabilityPanel } from './availability-panel';
import { MaintenancePanel } from './maintenance-panel';
import { OutageList } from './outage-list';
import { outagesQuery } from './queries';
import { ReportOutageForm } from './report-outage-form';

/** The team lead's outages: every one on record (ongoing first), and a form to record one. */
export function OutagesPanel() {
  const { t } = useI18n();
  const { db } = useDeskServices();
  const outages = useQuery(outagesQuery(db));
  const now = useNow(60_000);
  const list = [...(outages.data ?? [])].sort((a, b) => b.isOngoing - a.isOngoing || b.startedAt - a.startedAt);
  return (
    <>
      <AvailabilityPanel />
      <MaintenancePanel />
      <section aria-labelledby="outages-heading">
        <h2 id="outages-heading">{t('outage.heading')}</h2>
        {list.length === 0 ? <p className="muted">{t('outage.none')}</p> : <OutageList outages={list} label={t('outage.heading')} now={now} />}
        <ReportOutageForm />
      </section>
    </>
  );
}

/** The outages reported with a ticket, on that ticket's detail; nothing when there are none. */
export function TicketOutages({ ticketId }: { ticketId: string }) {
  const { t } = useI18n();
  const { db } = useDeskServices();
  const outages = useQuery(outagesQuery(db));
  const now = useNow(60_000);
  const list = (outages.data ?? []).filter((o) => o.ticketId === ticketId);
  if (list.length === 0) return null;
  return (
    <section aria-label={t('outage.ofTicket')}>
      <h3>{t('outage.ofTicket')}</h3>
      <OutageList outages={list} label={t('outage.ofTicket')} now={now} />
    </section>
  );
}
