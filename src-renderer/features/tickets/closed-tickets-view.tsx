import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/fields';
import { formatInstant } from '../../ui/format';
import { useToast } from '../../ui/toasts';
import { directoryQuery } from '../desk/queries';
import { useTicketCommand } from './mutations';
import { closedTicketsQuery } from './queries';

/**
 * Closed tickets, most recently changed first, a page at a time: search by number, title or
 * customer, open one in the detail, or reopen it (its clocks resume from their elapsed time).
 */
export function ClosedTicketsView({ selectedId, onSelect }: { selectedId: string | null; onSelect: (ticketId: string) => void }) {
  const { t, locale } = useI18n();
  const { db, plans } = useDeskServices();
  const directory = useQuery(directoryQuery(db));
  const [text, setText] = useState('');
  const search = useDeferredValue(text.trim().toLowerCase());
  const customerIds = useMemo(
    () => (search ? (directory.data?.customers ?? []).filter((c) => c.name.toLowerCase().includes(search)).map((c) => c.id) : []),
    [directory.data, search],
  );
  const closed = useInfiniteQuery(closedTicketsQuery(db, search, customerIds));
  const reopen = useTicketCommand();
  const toast = useToast();
  const rows = closed.data?.pages.flatMap((p) => p.rows) ?? [];
  const customers = new Map((directory.data?.customers ?? []).map((c) => [c.id, c.name]));
  const contracts = new Map((directory.data?.contracts ?? []).map((c) => [c.id, c]));
  const zoneOf = (contractId: string) => {
    const contract = contracts.get(contractId);
    return contract ? plans.planFor(contract).calendar.zone : 'UTC';
  };
  return (
    <section className="closed-tickets" aria-labelledby="closed-tickets-title">
      <h2 id="closed-tickets-title">{t('closed.title')}</h2>
      <div className="filters" role="search" aria-label={t('closed.title')}>
        <div className="field search">
          <label htmlFor="closed-search">{t('closed.search')}</label>
          <input id="closed-search" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      </div>
      <ErrorMessage error={reopen.error ?? closed.error}>{t('error.prefix', { error: '' })}</ErrorMessage>
      <p className="muted" aria-live="polite">
        {closed.isSuccess ? t(closed.hasNextPage ? 'closed.countMore' : 'closed.count', { shown: rows.length }) : t('app.loading')}
      </p>
      <table className="closed-table" aria-label={t('closed.title')}>
        <thead>
          <tr>
            <th scope="col">{t('board.col.ticket')}</th>
            <th scope="col">{t('board.col.title')}</th>
            <th scope="col">{t('board.col.customer')}</th>
            <th scope="col">{t('closed.col.changed')}</th>
            <th scope="col">{t('detail.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.id === selectedId ? 'selected' : undefined}>
              <td>{row.number}</td>
              <td>{row.title}</td>
              <td>{customers.get(row.customerId) ?? ''}</td>
              <td>{formatInstant(row.updatedAt, zoneOf(row.contractId), locale)}</td>
              <td className="button-row">
                <button type="button" aria-label={t('closed.show', { number: row.number })} onClick={() => onSelect(row.id)}>
                  {t('closed.showShort')}
                </button>
                <button
                  type="button"
                  aria-label={t('closed.reopen', { number: row.number })}
                  disabled={reopen.isPending}
                  onClick={() =>
                    reopen.mutate({ ticketId: row.id, command: { kind: 'reopen' } }, { onSuccess: () => toast(t('closed.reopened', { number: row.number })) })
                  }
                >
                  {t('action.reopen')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {closed.isSuccess && rows.length === 0 ? <p className="muted">{t('closed.empty')}</p> : null}
      {closed.hasNextPage ? (
        <button type="button" disabled={closed.isFetchingNextPage} onClick={() => void closed.fetchNextPage()}>
          {t('closed.more')}
        </button>
      ) : null}
    </section>
  );
}
