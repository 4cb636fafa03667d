import { DateTime } from 'luxon';
import { createElement, useMemo } from 'react';
import { useLeadCharts } from './use-lead-charts';
import { deadlineLoad } from '../../../src-shared/teamlead/deadline-load';
import { useI18n } from '../../i18n/i18n';
import type { ForecastedTicket } from './forecast-groups';

/** Days ahead the timeline and the heat map show. */
const DAYS = 7;

/**
 * Deadlines ahead: a timeline (deadlines per day) and a load heat map (per agent and day) over the
 * next seven days, each deadline on its date in its own calendar's zone, and their table twin —
 * the same figures for screen readers and for copying.
 */
export function DeadlineLoadPanel({ forecast, now, unassigned }: { forecast: readonly ForecastedTicket[]; now: number; unassigned: string }) {
  const { t, locale } = useI18n();
  const charts = useLeadCharts();
  const viewZone = forecast[0]?.entry.plan.calendar.zone ?? 'Europe/Amsterdam';
  const load = useMemo(
    () =>
      deadlineLoad(
        forecast.flatMap((f) =>
          f.items
            .filter((i) => i.bucket !== 'breached')
            .map((i) => ({ label: f.entry.row.assignee ?? unassigned, due: i.due, zone: f.entry.plan.calendar.zone })),
        ),
        now,
        viewZone,
        DAYS,
      ),
    [forecast, now, viewZone, unassigned],
  );
  const dayLabels = useMemo(() => load.days.map((d) => DateTime.fromISO(d).setLocale(locale).toFormat('ccc d LLL')), [load, locale]);
  const title = t('lead.load.heading');
  return (
    <section aria-labelledby="lead-load">
      <h3 id="lead-load">{title}</h3>
      <p className="muted">{t('lead.load.explain')}</p>
      {charts ? createElement(charts.DeadlineCharts, { load, dayLabels }) : <p className="muted">{t('lead.load.chartsLoading')}</p>}
      <table aria-label={t('lead.load.table')}>
        <thead>
          <tr>
            <th scope="col">{t('lead.group.agent')}</th>
            {dayLabels.map((d) => (
              <th scope="col" key={d}>
                {d}
              </th>
            ))}
            <th scope="col">{t('lead.load.later')}</th>
          </tr>
        </thead>
        <tbody>
          {load.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {r.counts.map((c, i) => (
                <td key={load.days[i]}>{c}</td>
              ))}
              <td>{r.later}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('lead.total')}</th>
            {load.total.counts.map((c, i) => (
              <td key={load.days[i]}>{c}</td>
            ))}
            <td>{load.total.later}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
