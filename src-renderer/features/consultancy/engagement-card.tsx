import { useState } from 'react';
import type { Engagement } from '../../../src-shared/consultancy/engagement';
import { startTimer } from '../../../src-shared/consultancy/engagement-commands';
import { engagementTotals, type EngagementTotals } from '../../../src-shared/consultancy/engagement-totals';
import type { QueryHours } from '../../../src-shared/consultancy/query-hours';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/fields';
import { ApprovalForm } from './approval-form';
import { approvalText } from './invoice-rows';
import { LogTimeForm } from './log-time-form';
import { formatEuros, formatMinutes } from './money';
import { useEngagementCommand } from './mutations';
import { QueryHoursFacts } from './query-hours-facts';
import { RateForm } from './rate-form';
import { TimeEntries } from './time-entries';

/**
 * One engagement: its rate, its approval, worked against billed time, what is left in the open
 * block and the amount so far; the timer, logging time and recording the approval.
 */
export function EngagementCard({
  engagement,
  ticketName,
  consultant,
  hasOwnTimer,
  queryHours,
}: {
  engagement: Engagement;
  ticketName: string;
  consultant: string;
  hasOwnTimer: boolean;
  /** For Konneqt query support: the subscription's hours this year. */
  queryHours: QueryHours | null;
}) {
  const { t } = useI18n();
  const command = useEngagementCommand();
  const [form, setForm] = useState<'none' | 'log' | 'approval' | 'rate'>('none');
  const totals = engagementTotals(engagement);
  const headingId = `engagement-${engagement.id}`;
  const isTimerHere = engagement.timers.some((x) => x.consultant === consultant);
  return (
    <article className="engagement" aria-labelledby={headingId}>
      <h3 id={headingId}>{ticketName ? `${ticketName} · ${engagement.title}` : engagement.title}</h3>
      {engagement.purpose === 'query_support' ? (
        <QueryHoursFacts totals={totals} queryHours={queryHours} />
      ) : (
        <BillingFacts engagement={engagement} totals={totals} />
      )}
      <div className="button-row">
        {isTimerHere ? null : (
          <button
            type="button"
            disabled={hasOwnTimer || command.isPending}
            onClick={() => command.mutate({ engagementId: engagement.id, decide: (row, c) => startTimer(c.all, row, c.by, c.now) })}
          >
            {t('consultancy.timer.start')}
          </button>
        )}
        <button type="button" aria-expanded={form === 'log'} onClick={() => setForm(form === 'log' ? 'none' : 'log')}>
          {t('consultancy.log.open')}
        </button>
        {engagement.purpose === 'consultancy' ? (
          <button type="button" aria-expanded={form === 'approval'} onClick={() => setForm(form === 'approval' ? 'none' : 'approval')}>
            {t(engagement.approval ? 'consultancy.approval.change' : 'consultancy.approval.open')}
          </button>
        ) : null}
        {engagement.purpose === 'consultancy' ? (
          <button type="button" aria-expanded={form === 'rate'} onClick={() => setForm(form === 'rate' ? 'none' : 'rate')}>
            {t('consultancy.rate.change')}
          </button>
        ) : null}
      </div>
      <ErrorMessage error={command.error} />
      {form === 'log' ? <LogTimeForm engagement={engagement} onDone={() => setForm('none')} /> : null}
      {form === 'approval' ? <ApprovalForm engagement={engagement} onDone={() => setForm('none')} /> : null}
      {form === 'rate' ? <RateForm engagement={engagement} onDone={() => setForm('none')} /> : null}
      <TimeEntries engagement={engagement} />
    </article>
  );
}

/** What a billable engagement shows: rate and block, approval, worked against billed, the block, the amount. */
function BillingFacts({ engagement, totals }: { engagement: Engagement; totals: EngagementTotals }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  return (
    <>
      <p className="muted">
        {t('consultancy.rateLine', {
          rate: t(`consultancy.rate.${engagement.rateType ?? 'query_support'}`),
          amount: formatEuros(engagement.centsPerHour, locale),
          block: formatMinutes(t, engagement.blockMinutes),
        })}
      </p>
      {engagement.approval ? (
        <p>
          {t('consultancy.approvedLine', { approval: approvalText(i18n, engagement.approval), hours: formatMinutes(t, engagement.approval.approvedMinutes) })}
        </p>
      ) : (
        <p className="warning">
          <strong>{t('consultancy.unapprovedLine')}</strong>
        </p>
      )}
      <dl className="totals">
        <dt>{t('consultancy.worked')}</dt>
        <dd>{formatMinutes(t, totals.workedMinutes)}</dd>
        <dt>{t('consultancy.billed')}</dt>
        <dd>{formatMinutes(t, totals.billedMinutes)}</dd>
        <dt>{t('consultancy.amountSoFar')}</dt>
        <dd>{formatEuros(totals.amountSoFarCents, locale)}</dd>
        {totals.regularSupportMinutes > 0 ? (
          <>
            <dt>{t('consultancy.regularSupport')}</dt>
            <dd>{formatMinutes(t, totals.regularSupportMinutes)}</dd>
          </>
        ) : null}
      </dl>
      {totals.workedMinutes > 0 ? <p>{t('consultancy.blockLeft', { left: formatMinutes(t, totals.blockLeftMinutes) })}</p> : null}
      {totals.beyondApprovalMinutes > 0 ? (
        <p className="warning" role="status">
          {t('consultancy.beyondLine', { beyond: formatMinutes(t, totals.beyondApprovalMinutes) })}
        </p>
      ) : null}
    </>
  );
}
