import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createElement, useEffect, useMemo, useState } from 'react';
import { periodKey, PERIOD_KINDS, type PeriodKind } from '../../../src-shared/teamlead/attainment';
import { attainmentTable, type AttainmentCell, type DecidedOutcome } from '../../../src-shared/teamlead/attainment-table';
import { shiftPeriod } from '../../../src-shared/teamlead/periods';
import { toCsv, type CsvProfile } from '../../../src-shared/phone/call-csv';
import type { TargetKind } from '../../../src-shared/policy/policy-types';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { useSaveExport } from '../../ui/use-save-export';
import type { BoardEntry } from '../board/board-entries';
import { contractLabels } from '../desk/contract-labels';
import { directoryQuery } from '../desk/queries';
import { deskProfileQuery } from '../consultancy/queries';
import {
  ATTAINMENT_DECIMALS,
  ATTAINMENT_GROUPINGS,
  attainmentCells,
  attainmentColumns,
  groupOf,
  openOutcomes,
  priorityName,
  type AttainmentGrouping,
} from './attainment-model';
import { OutcomeList, type Drill } from './outcome-list';
import { PracticePanel } from './practice-panel';
import { useLeadCharts } from './use-lead-charts';
import { outcomesQuery } from './queries';

/** Where periods start when the desk has no contract yet. */
const FALLBACK_ZONE = 'Europe/Amsterdam';

/**
 * SLA attainment per period (ISO week, month, quarter; each in the contract's zone), per customer,
 * contract or priority: met and breached targets with the share met, every count leading to the
 * tickets behind it. Closed tickets come from the outcome projection (one index range per period);
 * open tickets from the clocks the forecast already evaluated.
 */
export function AttainmentPanel({ entries, now, onSelect }: { entries: readonly BoardEntry[]; now: number; onSelect: (ticketId: string) => void }) {
  const { t, lookup, locale } = useI18n();
  const { db, plans, platform } = useDeskServices();
  const directory = useQuery(directoryQuery(db));
  const [kind, setKind] = useState<PeriodKind>('month');
  const [offset, setOffset] = useState(0);
  const [grouping, setGrouping] = useState<AttainmentGrouping>('customer');
  const [drill, setDrill] = useState<Drill | null>(null);
  const contracts = useMemo(() => new Map((directory.data?.contracts ?? []).map((c) => [c.id, c])), [directory.data]);
  const zone = useMemo(() => {
    const first = directory.data?.contracts[0];
    return first ? plans.planFor(first).calendar.zone : FALLBACK_ZONE;
  }, [directory.data, plans]);
  const period = shiftPeriod(periodKey(now, zone, kind), kind, offset) ?? '';
  const closed = useQuery(outcomesQuery(db, kind, period));
  // A lead often looks one period back: its outcomes are read while the screen is idle (a big
  // desk's month is tens of thousands of rows, seconds of IndexedDB reading).
  const client = useQueryClient();
  const previous = shiftPeriod(period, kind, -1);
  useEffect(() => {
    if (!closed.isSuccess || !previous) return;
    const handle = requestIdleCallback(() => void client.prefetchQuery(outcomesQuery(db, kind, previous)));
    return () => cancelIdleCallback(handle);
  }, [closed.isSuccess, client, db, kind, previous]);
  const open = useMemo(() => openOutcomes(entries), [entries]);
  const customers = useMemo(() => new Map((directory.data?.customers ?? []).map((c) => [c.id, c.name])), [directory.data]);
  const table = useMemo(() => {
    const names = {
      customers,
      contracts: contractLabels(directory.data),
      priority: (o: DecidedOutcome) => priorityName(lookup, plans, contracts.get(o.contractId), o.priority),
    };
    return attainmentTable([...(closed.data ?? []), ...open], kind, period, groupOf(grouping, names));
  }, [closed.data, open, kind, period, grouping, customers, contracts, directory.data, lookup, plans]);
  const exportCsv = useSaveExport();
  const onExport = (profile: CsvProfile) => {
    const csv = toCsv(attainmentColumns(t, grouping), attainmentCells(table, period, t), profile, ATTAINMENT_DECIMALS);
    exportCsv.mutate({ name: `klok-attainment-${period}${profile === 'nl-excel' ? '-nl' : ''}.csv`, csv });
  };
  const i18n = useI18n();
  const deskName = useQuery(deskProfileQuery(db)).data?.name ?? '';
  const onPrint = () =>
    void import('./attainment-print').then(({ attainmentHtml }) =>
      platform.printDocument(attainmentHtml(i18n, table, period, t(`attain.group.${grouping}`), deskName), `klok-attainment-${period}.pdf`),
    );
  const choosePeriod = (next: { kind?: PeriodKind; offset: number }) => {
    if (next.kind) setKind(next.kind);
    setOffset(next.offset);
    setDrill(null);
  };
  const groupingLabel = t(`attain.group.${grouping}`);
  const charts = useLeadCharts();
  const chart = useMemo(
    () => ({
      groups: table.groups.map((g) => ({ name: g.group, percents: table.timers.map((timer) => g.cells[timer]?.percentMet ?? null) })),
      targets: table.timers.map((timer) => t(`timer.${timer}`)),
    }),
    [table, t],
  );
  const percent = (value: number | null) => (value === null ? '—' : `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} %`);
  const count = (group: string, timer: TargetKind, cell: AttainmentCell | undefined, outcome: 'met' | 'breached') => {
    const list = cell?.[outcome] ?? [];
    const key = `${timer}-${outcome}`;
    if (list.length === 0) return <td key={key}>0</td>;
    const target = t(`timer.${timer}`);
    const show = () =>
      setDrill({ title: t('attain.drillHeading', { target, outcome: t(`attain.outcome.${outcome}`), group, period }), outcomes: list, showsTook: false });
    return (
      <td key={key}>
        <button
          type="button"
          className="link"
          aria-label={t(outcome === 'met' ? 'attain.showMet' : 'attain.showBreached', { count: list.length, target, group })}
          onClick={show}
        >
          {list.length}
        </button>
      </td>
    );
  };
  const row = (group: string, cells: Partial<Record<TargetKind, AttainmentCell>>) =>
    table.timers.flatMap((timer) => {
      const cell = cells[timer];
      return [count(group, timer, cell, 'met'), count(group, timer, cell, 'breached'), <td key={`${timer}-percent`}>{percent(cell?.percentMet ?? null)}</td>];
    });
  return (
    <section aria-labelledby="attain-heading">
      <h2 id="attain-heading">{t('attain.heading')}</h2>
      <p className="muted">{t('attain.explain')}</p>
      <div className="field inline">
        <label htmlFor="attain-kind">{t('attain.periodKind')}</label>
        <select id="attain-kind" value={kind} onChange={(e) => choosePeriod({ kind: e.target.value as PeriodKind, offset: 0 })}>
          {PERIOD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`attain.kind.${k}`)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => choosePeriod({ offset: offset - 1 })}>
          {t('attain.previous')}
        </button>
        <output aria-live="polite">{t('attain.showing', { period })}</output>
        <button type="button" onClick={() => choosePeriod({ offset: offset + 1 })} disabled={offset >= 0}>
          {t('attain.next')}
        </button>
      </div>
      <div className="field inline">
        <label htmlFor="attain-grouping">{t('attain.groupBy')}</label>
        <select id="attain-grouping" value={grouping} onChange={(e) => setGrouping(e.target.value as AttainmentGrouping)}>
          {ATTAINMENT_GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t(`attain.group.${g}`)}
            </option>
          ))}
        </select>
      </div>
      {table.groups.length === 0 ? (
        <p>{t('attain.none', { period })}</p>
      ) : (
        <>
          {charts
            ? createElement(charts.AttainmentChart, {
                ...chart,
                label: t('attain.chart', {
                  period,
                  figures: chart.groups
                    .map((g) => `${g.name}: ${chart.targets.map((target, i) => `${target} ${percent(g.percents[i] ?? null)}`).join(', ')}`)
                    .join('; '),
                }),
              })
            : null}
          <table aria-label={t('attain.table', { grouping: groupingLabel, period })}>
            <thead>
              <tr>
                <td />
                {table.timers.map((timer) => (
                  <th scope="colgroup" colSpan={3} key={timer}>
                    {t(`timer.${timer}`)}
                  </th>
                ))}
              </tr>
              <tr>
                <th scope="col">{groupingLabel}</th>
                {table.timers.flatMap((timer) => [
                  <th scope="col" key={`${timer}-met`}>
                    {t('attain.col.met')}
                  </th>,
                  <th scope="col" key={`${timer}-breached`}>
                    {t('attain.col.breached')}
                  </th>,
                  <th scope="col" key={`${timer}-percent`}>
                    {t('attain.col.percent')}
                  </th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {table.groups.map((g) => (
                <tr key={g.group}>
                  <th scope="row">{g.group}</th>
                  {row(g.group, g.cells)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('lead.total')}</th>
                {row(t('attain.allGroups'), table.total)}
              </tr>
            </tfoot>
          </table>
          <div className="button-row">
            <button type="button" onClick={() => onExport('rfc4180')}>
              {t('attain.exportCsv')}
            </button>
            <button type="button" onClick={() => onExport('nl-excel')}>
              {t('attain.exportCsvNl')}
            </button>
            <button type="button" onClick={onPrint}>
              {t('attain.print')}
            </button>
          </div>
        </>
      )}
      {drill ? <OutcomeList drill={drill} customers={customers} onSelect={onSelect} onClose={() => setDrill(null)} /> : null}
      <PracticePanel closed={closed.data ?? []} contracts={contracts} period={period} onDrill={setDrill} />
    </section>
  );
}
