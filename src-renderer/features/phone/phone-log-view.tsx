import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useId, useMemo, useState } from 'react';
import { toCsv, type CsvProfile } from '../../../src-shared/phone/call-csv';
import { filterCalls, NO_CALL_FILTERS, totalsPerCustomer, totalsPerWeek, type CallFilters, type CallTotal } from '../../../src-shared/phone/call-log';
import { CALL_REASONS, type CallReason } from '../../../src-shared/phone/call-types';
import { now } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage, SelectField } from '../../ui/fields';
import { formatDuration } from '../../ui/format';
import { directoryQuery } from '../desk/queries';
import { callCells, callColumns, type CallNames } from './call-csv-rows';
import { useSaveExport } from '../../ui/use-save-export';
import { callsQuery, ticketNumbersQuery } from './queries';

/** The agent's own zone: the log and its export read in it, like the board. */
const ZONE = DateTime.local().zoneName;

/** Every logged call, filtered by ticket, customer, agent, reason and dates, with totals and a CSV export. */
export function PhoneLogView() {
  const { t } = useI18n();
  const { db } = useDeskServices();
  const calls = useQuery(callsQuery(db));
  const directory = useQuery(directoryQuery(db));
  const [filters, setFilters] = useState<CallFilters>(NO_CALL_FILTERS);
  const exportCalls = useSaveExport();
  const logged = useMemo(() => (calls.data ?? []).filter((c) => c.state === 'logged'), [calls.data]);
  const numbers = useQuery(
    ticketNumbersQuery(
      db,
      logged.map((c) => c.ticketId),
    ),
  );
  const shown = useMemo(() => filterCalls(logged, filters, ZONE), [logged, filters]);
  const customers = new Map((directory.data?.customers ?? []).map((c) => [c.id, c.name]));
  const names: CallNames = {
    ticketNumber: (id) => (id ? (numbers.data?.get(id) ?? '') : ''),
    customerName: (id) => (id ? (customers.get(id) ?? '') : ''),
  };
  const set = (patch: Partial<CallFilters>) => setFilters({ ...filters, ...patch });
  const uniq = (values: readonly string[]) => [...new Set(values)].filter(Boolean).sort();
  // The filters whose choices are the values the logged calls hold.
  const pickers: readonly { key: 'ticketId' | 'customerId' | 'agent'; label: string; values: string[]; name: (value: string) => string }[] = [
    { key: 'ticketId', label: t('phoneLog.filter.ticket'), values: logged.map((c) => c.ticketId ?? ''), name: names.ticketNumber },
    { key: 'customerId', label: t('phoneLog.filter.customer'), values: logged.map((c) => c.customerId ?? ''), name: names.customerName },
    { key: 'agent', label: t('phoneLog.filter.agent'), values: logged.map((c) => c.agent), name: (a) => a || t('agent.unnamed') },
  ];
  const onExport = (profile: CsvProfile) => {
    const csv = toCsv(
      callColumns(t),
      shown.map((c) => callCells(c, names, t, ZONE)),
      profile,
    );
    exportCalls.mutate({ name: `klok-calls-${DateTime.fromMillis(now()).toISODate() ?? ''}${profile === 'nl-excel' ? '-nl' : ''}.csv`, csv });
  };
  return (
    <section className="phone-log" aria-label={t('phoneLog.title')}>
      <h2>{t('phoneLog.title')}</h2>
      <div className="filter-bar" role="group" aria-label={t('phoneLog.filters')}>
        {pickers.map(({ key, label, values, name }) => (
          <SelectField
            key={key}
            label={label}
            value={filters[key]}
            emptyLabel={t('board.filter.any')}
            onChange={(value) => set({ [key]: value })}
            options={uniq(values).map((v) => ({ value: v, label: name(v) }))}
          />
        ))}
        <SelectField
          label={t('phoneLog.filter.reason')}
          value={filters.reason}
          emptyLabel={t('board.filter.any')}
          onChange={(reason) => set({ reason: reason as CallReason | '' })}
          options={CALL_REASONS.map((r) => ({ value: r, label: t(`phone.reason.${r}`) }))}
        />
        <DateField label={t('phoneLog.filter.from')} value={filters.from} onChange={(from) => set({ from })} />
        <DateField label={t('phoneLog.filter.to')} value={filters.to} onChange={(to) => set({ to })} />
      </div>
      <div className="button-row">
        <button type="button" onClick={() => onExport('rfc4180')}>
          {t('phoneLog.exportCsv')}
        </button>
        <button type="button" onClick={() => onExport('nl-excel')}>
          {t('phoneLog.exportExcel')}
        </button>
      </div>
      <ErrorMessage error={exportCalls.error} />
      <p className="muted" aria-live="polite">
        {t('phoneLog.count', {
          shown: shown.length,
          talk: formatDuration(
            shown.reduce((sum, c) => sum + c.talkMs, 0),
            false,
          ),
        })}
      </p>
      <table className="phone-table" aria-label={t('phoneLog.calls')}>
        <thead>
          <tr>
            {callColumns(t).map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((call) => (
            <tr key={call.id}>
              {callCells(call, names, t, ZONE).map((cell, i) => (
                <td key={i}>{typeof cell === 'number' ? formatDuration(call.talkMs) : cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Totals label={t('phoneLog.perCustomer')} head={t('phoneLog.col.customer')} totals={totalsPerCustomer(shown)} name={names.customerName} />
      <Totals label={t('phoneLog.perWeek')} head={t('phoneLog.col.week')} totals={totalsPerWeek(shown, ZONE)} name={(w) => w ?? ''} />
    </section>
  );
}

function Totals({ label, head, totals, name }: { label: string; head: string; totals: readonly CallTotal[]; name: (key: string | null) => string }) {
  const { t } = useI18n();
  return (
    <table className="phone-table" aria-label={label}>
      <caption>{label}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{t('phoneLog.col.calls')}</th>
          <th scope="col">{t('phoneLog.col.talkTime')}</th>
        </tr>
      </thead>
      <tbody>
        {totals.map((x) => (
          <tr key={x.key}>
            <th scope="row">{name(x.key) || '—'}</th>
            <td>{x.calls}</td>
            <td>{formatDuration(x.talkMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DateField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
