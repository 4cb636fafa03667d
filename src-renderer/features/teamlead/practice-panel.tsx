import { useMemo } from 'react';
import type { Contract } from '../../../src-shared/desk-log/projections/entities';
import type { OutcomeRow } from '../../../src-shared/teamlead/outcome-projection';
import { practiceBandsOf, practiceRows } from '../../../src-shared/teamlead/practice-bands';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { formatDuration } from '../../ui/format';
import { priorityName } from './attainment-model';
import type { Drill } from './outcome-list';

/**
 * Resolution in practice (Scope4mation's indicative bands): the period's resolved closed tickets,
 * per priority with bands, their business time to resolution against each band, with N; N opens
 * the tickets behind it.
 */
export function PracticePanel({
  closed,
  contracts,
  period,
  onDrill,
}: {
  closed: readonly OutcomeRow[];
  contracts: ReadonlyMap<string, Contract>;
  period: string;
  onDrill: (drill: Drill) => void;
}) {
  const { t, lookup, locale } = useI18n();
  const { plans } = useDeskServices();
  const rows = useMemo(() => {
    // Each contract and priority's bands once: a month of a big desk has thousands of resolutions.
    const known = new Map<string, { key: string; bands: ReturnType<typeof practiceBandsOf> } | null>();
    return practiceRows(
      closed.filter((o) => o.timer === 'resolution'),
      (o) => {
        const id = `${o.contractId}|${o.priority}`;
        if (known.has(id)) return known.get(id) ?? null;
        const contract = contracts.get(o.contractId);
        const found =
          !contract || o.priority === '' ? null : { key: `${contract.policyId}|${o.priority}`, bands: practiceBandsOf(plans.planFor(contract), o.priority) };
        known.set(id, found);
        return found;
      },
    );
  }, [closed, contracts, plans]);
  const nameOf = (tickets: readonly OutcomeRow[]) => {
    const first = tickets[0];
    return first ? priorityName(lookup, plans, contracts.get(first.contractId), first.priority) : '';
  };
  const percent = (value: number) => `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} %`;
  return (
    <section aria-labelledby="practice-heading">
      <h3 id="practice-heading">{t('practice.heading')}</h3>
      <p className="muted">{t('practice.explain')}</p>
      {rows.length === 0 ? <p>{t('practice.none', { period })}</p> : null}
      {rows.map((row) => {
        const priority = nameOf(row.tickets);
        const count = row.tickets.length;
        const drill = () => onDrill({ title: t('practice.drillHeading', { priority, period }), outcomes: row.tickets, showsTook: true });
        return (
          <div key={row.key}>
            <table aria-label={t('practice.table', { priority, period })}>
              <thead>
                <tr>
                  <th scope="col">{t('practice.col.band')}</th>
                  <th scope="col">{t('practice.col.share')}</th>
                  <th scope="col">{t('practice.col.percentile')}</th>
                  <th scope="col">{t('practice.col.verdict')}</th>
                </tr>
              </thead>
              <tbody>
                {row.bands.map((b) => (
                  <tr key={b.percent}>
                    <th scope="row">{t('practice.band', { percent: b.percent, within: formatDuration(b.withinMs, false) })}</th>
                    <td>{percent(b.share)}</td>
                    <td>{`P${b.percent}: ${formatDuration(b.percentileMs, false)}`}</td>
                    <td>{t(b.isMet ? 'practice.holds' : 'practice.slips')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="button" className="link" aria-label={t('practice.showTickets', { count, priority })} onClick={drill}>
              {t('practice.count', { count })}
            </button>
          </div>
        );
      })}
    </section>
  );
}
