import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DateTime } from 'luxon';
import type { Engagement } from '../../../src-shared/consultancy/engagement';
import { runningTimerOf } from '../../../src-shared/consultancy/engagement-totals';
import { queryHours, type QueryHours } from '../../../src-shared/consultancy/query-hours';
import { useCurrentTerms } from '../policies/queries';
import { now } from '../../clock/app-clock';
import { useAgentName } from '../../desk/agent-name';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { SelectField } from '../../ui/fields';
import { directoryQuery } from '../desk/queries';
import { BillingPanel } from './billing-panel';
import { EngagementCard } from './engagement-card';
import type { InvoiceNames } from './invoice-rows';
import { localZone } from './local-zone';
import { NewEngagementForm } from './new-engagement-form';
import { RunningTimerBar } from './running-timer';
import { engagementsQuery, engagementTicketsQuery } from './queries';

/** Consultancy: engagements per customer with their time and approval, the running timer, billing runs. */
export function ConsultancyView() {
  const { t } = useI18n();
  const { db, actor, plans } = useDeskServices();
  const termsOf = useCurrentTerms();
  useAgentName(); // re-render when the agent's name changes: timers are per consultant
  const consultant = actor().by;
  const directory = useQuery(directoryQuery(db));
  const engagements = useQuery(engagementsQuery(db));
  const ticketIds = [...new Set((engagements.data ?? []).flatMap((e) => (e.ticketId ? [e.ticketId] : [])))].sort();
  const tickets = useQuery(engagementTicketsQuery(db, ticketIds));
  const customers = directory.data?.customers ?? [];
  const [customerId, setCustomerId] = useState('');
  const all = engagements.data ?? [];
  const ticketById = new Map((tickets.data ?? []).map((x) => [x.id, x]));
  const names: InvoiceNames = {
    customer: (id) => customers.find((c) => c.id === id)?.name ?? id,
    ticket: (id) => ticketById.get(id),
  };
  const ticketName = (id: string | undefined) => (id ? (ticketById.get(id)?.number ?? '') : '');
  const running = runningTimerOf(all, consultant);
  const contracts = directory.data?.contracts ?? [];
  const queryHoursOf = (e: Engagement): QueryHours | null => {
    const contract = contracts.find((c) => c.id === e.contractId);
    const limit = contract ? plans.policyOf(termsOf(contract))?.plans.find((p) => p.id === contract.planId)?.queryHourLimit : undefined;
    return e.purpose === 'query_support' && limit ? queryHours(all, e.contractId, DateTime.fromMillis(now()).year, localZone(), limit) : null;
  };
  const shown = customerId ? all.filter((e) => e.customerId === customerId) : all;
  return (
    <section className="consultancy" aria-labelledby="consultancy-heading">
      <h2 id="consultancy-heading">{t('consultancy.title')}</h2>
      <p>{t('consultancy.rule')}</p>
      {running ? <RunningTimerBar engagement={running.engagement} timer={running.timer} ticketName={ticketName(running.engagement.ticketId)} /> : null}
      <SelectField
        label={t('consultancy.customer')}
        value={customerId}
        onChange={setCustomerId}
        emptyLabel={t('consultancy.allCustomers')}
        options={customers.map((c) => ({ value: c.id, label: c.name }))}
      />
      {customerId ? (
        <NewEngagementForm key={customerId} customerId={customerId} contracts={directory.data?.contracts ?? []} />
      ) : (
        <p className="muted">{t('consultancy.chooseCustomer')}</p>
      )}
      {shown.length === 0 ? <p className="muted">{t('consultancy.none')}</p> : null}
      {shown.map((e) => (
        <EngagementCard
          key={e.id}
          engagement={e}
          ticketName={ticketName(e.ticketId)}
          consultant={consultant}
          hasOwnTimer={running !== null}
          queryHours={queryHoursOf(e)}
        />
      ))}
      <BillingPanel engagements={all} names={names} />
    </section>
  );
}
