import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { FORECAST_BUCKETS } from '../../../src-shared/teamlead/breach-forecast';
import { useNow } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { formatDuration } from '../../ui/format';
import { buildBoardEntries } from '../board/board-entries';
import { OutagesPanel } from '../availability/outages-panel';
import { AttainmentPanel } from './attainment-panel';
import { DeadlineLoadPanel } from './deadline-load-panel';
import { atRiskQuery, directoryQuery } from '../desk/queries';
import { openTicketsQuery } from '../tickets/queries';
import { breachedNow, forecastEntries, forecastTable, FORECAST_GROUPINGS, groupLabelOf, type ForecastGrouping } from './forecast-groups';

/**
 * The team lead's view of where the desk is heading: every open ticket's SLA timers in the business
 * time of its own calendar — breached now, within the next hour, later today, on the next business
 * day — grouped by agent, line, customer or priority, and what is breached now and for how long.
 * Works offline from the store; refreshed every minute and on every change.
 */
export function TeamLeadView({ onSelect }: { onSelect: (ticketId: string) => void }) {
  const { t, lookup } = useI18n();
  const { db, plans } = useDeskServices();
  const tickets = useQuery(openTicketsQuery(db));
  const directory = useQuery(directoryQuery(db));
  const atRisk = useQuery(atRiskQuery(db));
  const [grouping, setGrouping] = useState<ForecastGrouping>('agent');
  const now = useNow(60_000);
  const evaluatedAt = Math.max(tickets.dataUpdatedAt, now);
  const entries = useMemo(() => {
    const names = new Map((directory.data?.customers ?? []).map((c) => [c.id, c.name]));
    return buildBoardEntries(tickets.data ?? [], plans, names, evaluatedAt, atRisk.data ?? null);
  }, [tickets.data, directory.data, plans, atRisk.data, evaluatedAt]);
  const forecast = useMemo(() => forecastEntries(entries, evaluatedAt), [entries, evaluatedAt]);
  const unassigned = t('lead.unassigned');
  const table = useMemo(() => forecastTable(forecast, (f) => groupLabelOf(f, grouping, lookup, unassigned)), [forecast, grouping, lookup, unassigned]);
  const breached = useMemo(() => breachedNow(forecast), [forecast]);
  const groupingLabel = t(`lead.group.${grouping}`);
  return (
    <section className="team-lead" aria-labelledby="lead-heading">
      <h2 id="lead-heading">{t('lead.heading')}</h2>
      <p className="muted">{t('lead.explain')}</p>
      <div className="field inline">
        <label htmlFor="lead-grouping">{t('lead.groupBy')}</label>
        <select id="lead-grouping" value={grouping} onChange={(e) => setGrouping(e.target.value as ForecastGrouping)}>
          {FORECAST_GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t(`lead.group.${g}`)}
            </option>
          ))}
        </select>
      </div>
      <table aria-label={t('lead.forecastTable', { grouping: groupingLabel })}>
        <thead>
          <tr>
            <th scope="col">{groupingLabel}</th>
            {FORECAST_BUCKETS.map((b) => (
              <th scope="col" key={b}>
                {t(`lead.bucket.${b}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map(([label, counts]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {FORECAST_BUCKETS.map((b) => (
                <td key={b}>{counts[b]}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('lead.total')}</th>
            {FORECAST_BUCKETS.map((b) => (
              <td key={b}>{table.total[b]}</td>
            ))}
          </tr>
        </tfoot>
      </table>
      <h3 id="lead-breached">{t('lead.breachedHeading')}</h3>
      {breached.length === 0 ? (
        <p>{t('lead.noneBreached')}</p>
      ) : (
        <table aria-labelledby="lead-breached">
          <thead>
            <tr>
              <th scope="col">{t('board.col.ticket')}</th>
              <th scope="col">{t('board.col.customer')}</th>
              <th scope="col">{t('lead.col.target')}</th>
              <th scope="col">{t('lead.col.overdueBusiness')}</th>
              <th scope="col">{t('lead.col.overdueWall')}</th>
            </tr>
          </thead>
          <tbody>
            {breached.map(({ ticket, item }) => (
              <tr key={`${ticket.entry.row.id}-${item.timer}`}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelect(ticket.entry.row.id)}>
                    {ticket.entry.row.number}
                  </button>
                </th>
                <td>{ticket.entry.customerName}</td>
                <td>{t(`timer.${item.timer}`)}</td>
                <td>{formatDuration(item.overdueMs, false)}</td>
                <td>{formatDuration(item.overdueWallMs, false)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DeadlineLoadPanel forecast={forecast} now={evaluatedAt} unassigned={unassigned} />
      <AttainmentPanel entries={entries} now={evaluatedAt} onSelect={onSelect} />
      <OutagesPanel />
    </section>
  );
}
