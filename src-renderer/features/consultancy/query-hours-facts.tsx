import type { EngagementTotals } from '../../../src-shared/consultancy/engagement-totals';
import type { QueryHours } from '../../../src-shared/consultancy/query-hours';
import { useI18n } from '../../i18n/i18n';
import { formatMinutes } from './money';

/** What Konneqt query support shows: its time, and the subscription's running total against its Query Support Limit. */
export function QueryHoursFacts({ totals, queryHours }: { totals: EngagementTotals; queryHours: QueryHours | null }) {
  const { t } = useI18n();
  return (
    <>
      <p className="muted">{t('consultancy.queryLine')}</p>
      <dl className="totals">
        <dt>{t('consultancy.worked')}</dt>
        <dd>{formatMinutes(t, totals.workedMinutes)}</dd>
        {queryHours ? (
          <>
            <dt>{t('consultancy.query.year', { year: queryHours.year })}</dt>
            <dd>{t('consultancy.query.used', { used: formatMinutes(t, queryHours.usedMinutes), limit: formatMinutes(t, queryHours.limitMinutes) })}</dd>
            {queryHours.excludedMinutes > 0 ? (
              <>
                <dt>{t('consultancy.query.excluded')}</dt>
                <dd>{formatMinutes(t, queryHours.excludedMinutes)}</dd>
              </>
            ) : null}
          </>
        ) : null}
      </dl>
      {queryHours?.level === 'warning' ? (
        <p className="warning" role="status">
          {t('consultancy.query.warning')}
        </p>
      ) : null}
      {queryHours?.level === 'reached' ? (
        <p className="warning" role="alert">
          {t('consultancy.query.reached')}
        </p>
      ) : null}
    </>
  );
}
