import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { OutageRow } from '../../../src-shared/availability/outage-projection';
import { now as appNow } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { DateTimeField, fromLocalInput, toLocalInput } from '../../ui/date-time-field';
import { ErrorMessage } from '../../ui/fields';
import { formatDuration, formatLocalTime } from '../../ui/format';
import { directoryQuery } from '../desk/queries';
import { ticketNumbersQuery } from '../phone/queries';
import { useEndOutage } from './mutations';

/**
 * Outages as a table: customer, since when, until when (or ongoing), how bad, how long, the ticket
 * and whether it came in by phone. An ongoing one can be ended; the end is asked for below the
 * table, the agent's own zone, to the minute.
 */
export function OutageList({ outages, label, now }: { outages: readonly OutageRow[]; label: string; now: number }) {
  const { t, locale } = useI18n();
  const { db } = useDeskServices();
  const directory = useQuery(directoryQuery(db));
  const numbers = useQuery(
    ticketNumbersQuery(
      db,
      outages.map((o) => o.ticketId),
    ),
  );
  const [ending, setEnding] = useState<OutageRow | null>(null);
  const customers = new Map((directory.data?.customers ?? []).map((c) => [c.id, c.name]));
  const customerOf = (o: OutageRow) => customers.get(o.customerId) ?? '';
  return (
    <>
      <table aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{t('outage.col.customer')}</th>
            <th scope="col">{t('outage.col.started')}</th>
            <th scope="col">{t('outage.col.ended')}</th>
            <th scope="col">{t('outage.col.scope')}</th>
            <th scope="col">{t('outage.col.duration')}</th>
            <th scope="col">{t('outage.col.ticket')}</th>
            <th scope="col">{t('outage.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {outages.map((o) => (
            <tr key={o.id}>
              <th scope="row">{customerOf(o)}</th>
              <td>{formatLocalTime(o.startedAt, locale)}</td>
              <td>{o.endedAt === null ? t('outage.ongoing') : formatLocalTime(o.endedAt, locale)}</td>
              <td>{t(`outage.scope.${o.scope}`)}</td>
              <td>{formatDuration((o.endedAt ?? now) - o.startedAt, false)}</td>
              <td>
                {o.ticketId ? (numbers.data?.get(o.ticketId) ?? '') : '—'}
                {o.callId ? ` · ${t('outage.byPhone')}` : ''}
              </td>
              <td>
                <button
                  type="button"
                  onClick={() => setEnding(o)}
                  aria-label={t(o.endedAt === null ? 'outage.endOf' : 'outage.correctEndOf', { customer: customerOf(o) })}
                >
                  {t(o.endedAt === null ? 'outage.end' : 'outage.correctEnd')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ending ? <EndOutageForm key={ending.id} outage={ending} customer={customerOf(ending)} onDone={() => setEnding(null)} /> : null}
    </>
  );
}

function EndOutageForm({ outage, customer, onDone }: { outage: OutageRow; customer: string; onDone: () => void }) {
  const { t } = useI18n();
  const end = useEndOutage();
  const [endedAt, setEndedAt] = useState(toLocalInput(outage.endedAt ?? appNow()));
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    end.mutate({ outageId: outage.id, endedAt: fromLocalInput(endedAt) }, { onSuccess: onDone });
  };
  return (
    <form ref={formRef} className="form" aria-label={t('outage.endHeading', { customer })} onSubmit={onSubmit}>
      <DateTimeField label={t('outage.endedAt')} value={endedAt} onChange={setEndedAt} />
      <ErrorMessage error={end.error}>{t('outage.notSaved')}</ErrorMessage>
      <div className="button-row">
        <button type="submit" disabled={end.isPending}>
          {t('outage.saveEnd')}
        </button>
        <button type="button" onClick={onDone}>
          {t('outage.cancel')}
        </button>
      </div>
    </form>
  );
}
