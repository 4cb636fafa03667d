import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { allowedCommands } from '../../../src-shared/ticket/allowed-commands';
import { termsWithVersion } from '../../../src-shared/desk-log/projections/ticket-projection';
import { ticketClocks, TIMER_ORDER } from '../../../src-shared/ticket/ticket-clocks';
import { useNow } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { TicketConsultancy } from '../consultancy/ticket-consultancy';
import { useI18n } from '../../i18n/i18n';
import { lineLabel, policyLabel, priorityLabel, typeLabel } from '../../i18n/policy-labels';
import { atRiskQuery, directoryQuery } from '../desk/queries';
import { TicketOutages } from '../availability/outages-panel';
import { EscalationLadder } from './escalation-ladder';
import { ticketQuery } from './queries';
import { TicketActions } from './ticket-actions';
import type { TicketSelection } from './ticket-selection';
import { TicketTimeline } from './ticket-timeline';
import { TimerCard } from './timer-card';

/** The selected ticket: its facts, every clock with its explanation, its actions and its timeline. */
export function TicketDetail({ selection, onClose }: { selection: TicketSelection; onClose: () => void }) {
  const { t, lookup } = useI18n();
  const { db, plans } = useDeskServices();
  const { ticketId } = selection;
  const { data } = useQuery(ticketQuery(db, ticketId));
  const directory = useQuery(directoryQuery(db));
  const atRisk = useQuery(atRiskQuery(db));
  const now = useNow(1000);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const priorityRef = useRef<HTMLSelectElement>(null);
  const isLoaded = data !== undefined && data !== null;
  // Each selection asks for the focus once, as soon as the ticket is on screen.
  useEffect(() => {
    if (!isLoaded) return;
    if (selection.focus === 'heading') headingRef.current?.focus();
    if (selection.focus === 'priority') priorityRef.current?.focus();
  }, [selection, isLoaded]);
  // One ticket is cheap to evaluate (tens of microseconds), so the detail re-evaluates on every
  // tick: its explanation always runs up to now.
  const evaluated = useMemo(() => {
    if (!data) return null;
    const plan = plans.planFor(termsWithVersion(data.contract, data.row.policyVersion));
    const clocks = ticketClocks(plan, data.events, now, { withTrace: true });
    return { plan, at: now, clocks, allowed: allowedCommands(plan, data.row, clocks, now) };
  }, [data, plans, now]);
  if (!data || !evaluated) return null;
  const { row, contract } = data;
  const { plan, clocks, allowed } = evaluated;
  const customer = directory.data?.customers.find((c) => c.id === row.customerId)?.name ?? '';
  const timers = TIMER_ORDER.flatMap((k) => (clocks.timers[k] ? [clocks.timers[k]] : []));
  return (
    <aside className="detail" aria-label={t('detail.label')}>
      <header className="detail-head">
        <h2 ref={headingRef} tabIndex={-1}>
          {row.number} · {row.title}
        </h2>
        <button type="button" onClick={onClose} aria-label={t('detail.close')}>
          ×
        </button>
      </header>
      <dl className="facts">
        <dt>{t('board.col.customer')}</dt>
        <dd>
          {customer} · {contract.name}
        </dd>
        <dt>{t('register.type')}</dt>
        <dd>{typeLabel(lookup, plan.policy, row.type)}</dd>
        <dt>{t('board.col.priority')}</dt>
        <dd>{row.priority ? priorityLabel(lookup, plan.policy, row.priority) : '—'}</dd>
        <dt>{t('board.col.status')}</dt>
        <dd>{t(`status.${row.status}`)}</dd>
        <dt>{t('register.environment')}</dt>
        <dd>{t(`environment.${row.environment}`)}</dd>
        <dt>{t('register.channel')}</dt>
        <dd>{t(`channel.${row.channel}`)}</dd>
        <dt>{t('board.filter.line')}</dt>
        <dd>{row.line ? lineLabel(lookup, plan.policy, row.line) : '—'}</dd>
        <dt>{t('board.filter.assignee')}</dt>
        <dd>{row.assignee ?? '—'}</dd>
        <dt>{t('detail.policy')}</dt>
        <dd>
          {t('policies.versionOfTicket', {
            policy: policyLabel(lookup, plan.policy),
            number: plans.versionFor({ policyId: contract.policyId, policyVersion: row.policyVersion }).number,
          })}
        </dd>
      </dl>
      {row.description ? <p className="description">{row.description}</p> : null}
      <section aria-label={t('detail.timers')}>
        <h3>{t('detail.timers')}</h3>
        {timers.length === 0 ? <p className="muted">{t('detail.noTimers')}</p> : null}
        <div className="timers">
          {timers.map((timer) => (
            <TimerCard key={timer.kind} timer={timer} evaluatedAt={evaluated.at} now={now} atRiskFraction={atRisk.data ?? plan.policy.clock.atRiskFraction} />
          ))}
        </div>
      </section>
      <EscalationLadder ticketId={ticketId} plan={plan} ticket={row} clocks={clocks} allowed={allowed} events={data.events} now={now} />
      <TicketOutages ticketId={ticketId} />
      <TicketConsultancy ticketId={ticketId} ticketNumber={row.number} />
      <h3>{t('detail.actions')}</h3>
      <TicketActions
        ticketId={ticketId}
        policy={plan.policy}
        allowed={allowed}
        agents={(directory.data?.agents ?? []).map((a) => a.name)}
        priorityRef={priorityRef}
      />
      <section aria-label={t('detail.timeline')}>
        <h3>{t('detail.timeline')}</h3>
        <TicketTimeline events={data.events} plan={plan} />
      </section>
    </aside>
  );
}
