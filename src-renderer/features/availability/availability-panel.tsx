import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import { AVAILABILITY_ZONE } from '../../../src-shared/availability/availability-rules';
import { contractAvailability, type AvailabilityRow } from '../../../src-shared/availability/contract-availability';
import { toCsv, type CsvProfile } from '../../../src-shared/phone/call-csv';
import { useSaveExport } from '../../ui/use-save-export';
import { tableReportHtml } from '../../ui/print-page';
import type { MessageKey } from '../../i18n/messages-en';
import { AVAILABILITY_DECIMALS, availabilityCells, availabilityColumns } from './availability-csv';
import { useNow } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { formatDuration } from '../../ui/format';
import { contractLabels } from '../desk/contract-labels';
import { directoryQuery } from '../desk/queries';
import { exclusionsQuery, outagesQuery } from './queries';

/** The last twelve months, newest first, as "2026-03" (Amsterdam's months: availability is measured there). */
function recentMonths(now: number): string[] {
  const start = DateTime.fromMillis(now, { zone: AVAILABILITY_ZONE }).startOf('month');
  return Array.from({ length: 12 }, (_, i) => start.minus({ months: i }).toFormat('yyyy-MM'));
}

/**
 * Availability against target per contract (SPEC §7) from the outages on record: Scope4mation by the
 * month, Connect & Engage by the quarter per product category; the downtime and the budget left.
 */
export function AvailabilityPanel() {
  const { t, locale, language } = useI18n();
  const { db, platform } = useDeskServices();
  const directory = useQuery(directoryQuery(db));
  const outages = useQuery(outagesQuery(db));
  const exclusions = useQuery(exclusionsQuery(db));
  const now = useNow(60_000);
  const months = recentMonths(now);
  const [month, setMonth] = useState(months[0] ?? '');
  const { rows, uncategorised } = useMemo(
    () => contractAvailability(directory.data?.contracts ?? [], outages.data ?? [], exclusions.data ?? [], month, now),
    [directory.data, outages.data, exclusions.data, month, now],
  );
  const exportCsv = useSaveExport();
  const labels = contractLabels(directory.data);
  const nameOf = (r: AvailabilityRow) => labels.get(r.contractId) ?? '';
  const onExport = (profile: CsvProfile) => {
    const csv = toCsv(
      availabilityColumns(t),
      rows.map((r) => availabilityCells(r, nameOf(r), t)),
      profile,
      AVAILABILITY_DECIMALS,
    );
    exportCsv.mutate({ name: `klok-availability-${month}${profile === 'nl-excel' ? '-nl' : ''}.csv`, csv });
  };
  const percent = (value: number, digits: number) => `${value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })} %`;
  const cellsOf = (r: AvailabilityRow) => [
    `${nameOf(r)}${r.category ? ` · ${t(`outage.category.${r.category}`)}` : ''}`,
    r.period,
    percent(r.result.availability, 3),
    percent(r.rule.targetBp / 100, 2),
    t(r.result.met ? 'availability.met' : 'availability.missed'),
    formatDuration(r.result.downtimeMs),
    r.result.budgetLeftMs < 0 ? t('availability.overspent', { by: formatDuration(-r.result.budgetLeftMs) }) : formatDuration(r.result.budgetLeftMs),
  ];
  const onPrint = () =>
    void platform.printDocument(
      tableReportHtml({
        language,
        title: t('availability.reportTitle', { month }),
        explain: t('availability.reportExplain'),
        pageText: t('invoice.page', { page: '{page}', pages: '{pages}' }),
        columns: ['contract', 'period', 'availability', 'target', 'met', 'downtime', 'budgetLeft'].map((c) => t(`availability.col.${c}` as MessageKey)),
        rows: rows.map(cellsOf),
      }),
      `klok-availability-${month}.pdf`,
    );
  return (
    <section aria-labelledby="availability-heading">
      <h2 id="availability-heading">{t('availability.heading')}</h2>
      <div className="field inline">
        <label htmlFor="availability-month">{t('availability.month')}</label>
        <select id="availability-month" value={month} onChange={(e) => setMonth(e.target.value)}>
          {months.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('availability.none')}</p>
      ) : (
        <table aria-label={t('availability.table')}>
          <thead>
            <tr>
              <th scope="col">{t('availability.col.contract')}</th>
              <th scope="col">{t('availability.col.period')}</th>
              <th scope="col">{t('availability.col.availability')}</th>
              <th scope="col">{t('availability.col.target')}</th>
              <th scope="col">{t('availability.col.met')}</th>
              <th scope="col">{t('availability.col.downtime')}</th>
              <th scope="col">{t('availability.col.budgetLeft')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const [name, ...cells] = cellsOf(r);
              return (
                <tr key={`${r.contractId}|${r.category ?? ''}`}>
                  <th scope="row">{name}</th>
                  {cells.map((c, i) => (
                    <td key={i}>{c}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rows.length > 0 ? (
        <div className="button-row">
          <button type="button" onClick={() => onExport('rfc4180')}>
            {t('availability.exportCsv')}
          </button>
          <button type="button" onClick={() => onExport('nl-excel')}>
            {t('availability.exportCsvNl')}
          </button>
          <button type="button" onClick={onPrint}>
            {t('availability.print')}
          </button>
        </div>
      ) : null}
      {uncategorised > 0 ? <p className="muted">{t('availability.uncategorised', { count: uncategorised })}</p> : null}
    </section>
  );
}
