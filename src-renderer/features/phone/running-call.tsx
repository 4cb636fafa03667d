import { termsWithVersion } from '../../../src-shared/desk-log/projections/ticket-projection';
import { useQuery } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { useEffect, useId, useState, type FormEvent, type RefObject } from 'react';
import type { OutageScope } from '../../../src-shared/availability/outage-events';
import { CALL_OUTCOMES, CALL_REASONS, type CallOutcome, type CallReason, type CallRow } from '../../../src-shared/phone/call-types';
import { formatPhone } from '../../../src-shared/phone/phone-number';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { lineLabel, priorityLabel } from '../../i18n/policy-labels';
import { DateTimeField, fromLocalInput, toLocalInput } from '../../ui/date-time-field';
import { ErrorMessage, SelectField, TextField } from '../../ui/fields';
import { OutageScopeField } from '../availability/report-outage-form';
import { useToast } from '../../ui/toasts';
import { directoryQuery } from '../desk/queries';
import { openTicketsQuery } from '../tickets/queries';
import { RegisterTicketDialog } from '../tickets/register-ticket-dialog';
import { CallTimer } from './call-timer';
import { useDiscardCall, useEndCall, useSaveCall } from './mutations';
import { callsQuery } from './queries';
import { ticketChoices } from './ticket-choices';

/**
 * The call in progress: its timer, the ticket it concerns (or a new one registered from the call),
 * why, what it did, notes; stop, save or discard. Tab moves through it in that order.
 */
export function RunningCall({ call, ticketRef }: { call: CallRow; ticketRef: RefObject<HTMLSelectElement | null> }) {
  const { t, lookup } = useI18n();
  const { db, plans } = useDeskServices();
  const tickets = useQuery(openTicketsQuery(db));
  const directory = useQuery(directoryQuery(db));
  const calls = useQuery(callsQuery(db));
  const toast = useToast();
  const save = useSaveCall((number) => toast(t('phone.saved', { number })));
  const end = useEndCall();
  const discard = useDiscardCall();
  const [ticketId, setTicketId] = useState(call.ticketId ?? '');
  const [reason, setReason] = useState<CallReason | ''>('');
  const [outcome, setOutcome] = useState<CallOutcome>('logged_only');
  const [priority, setPriority] = useState('');
  const [line, setLine] = useState('');
  const [callbackAt, setCallbackAt] = useState('');
  const [note, setNote] = useState('');
  // A report of unavailability: since when (the call's start unless the caller says otherwise), how bad.
  const [outageStartedAt, setOutageStartedAt] = useState(() => toLocalInput(call.startedAt));
  const [outageScope, setOutageScope] = useState<OutageScope | ''>('');
  const [isRegistering, setIsRegistering] = useState(false);
  const callbackId = useId();
  // Keyboard first: once the call runs, the agent picks its ticket.
  useEffect(() => ticketRef.current?.focus(), [ticketRef]);

  // A known number finds the contact: the customer and caller of an earlier call from it.
  const earlier = call.phone ? (calls.data ?? []).find((c) => c.id !== call.id && c.phone === call.phone && c.customerId) : undefined;
  const customerId = call.customerId ?? earlier?.customerId ?? null;
  const customers = new Map((directory.data?.customers ?? []).map((c) => [c.id, c.name]));
  const choices = ticketChoices(
    tickets.data ?? [],
    customers,
    customerId,
    t('phone.ticketsOf', { customer: customers.get(customerId ?? '') ?? '' }),
    t('phone.otherTickets'),
  );
  const chosen = (tickets.data ?? []).find((x) => x.row.id === ticketId);
  const plan = chosen ? plans.planFor(termsWithVersion(chosen.contract, chosen.row.policyVersion)) : null;
  const priorities = plan && chosen ? plan.prioritiesFor(chosen.row.type).filter((p) => p.id !== chosen.row.priority) : [];
  const lines = plan && chosen ? plan.policy.lines.filter((l) => l.id !== chosen.row.line) : [];
  const contractOfCustomer = (directory.data?.contracts ?? []).find((c) => c.customerId === customerId)?.id;
  const caller = call.caller || earlier?.caller || '';

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const at = callbackAt ? DateTime.fromISO(callbackAt).toMillis() : null;
    save.mutate(
      {
        callId: call.id,
        input: {
          ticketId,
          reason,
          outcome,
          note,
          direction: call.direction,
          caller,
          phone: call.phone ?? '',
          priority,
          line,
          callbackAt: at,
          ...(reason === 'outage_report' ? { outageStartedAt: fromLocalInput(outageStartedAt), outageScope } : {}),
        },
      },
      { onSuccess: () => toast(t('phone.saved', { number: chosen?.row.number ?? '' })) },
    );
  };

  return (
    <>
      <form className="form running-call" aria-label={t('phone.inProgress')} onSubmit={onSubmit}>
        <CallTimer startedAt={call.startedAt} endedAt={call.endedAt} />
        <p className="muted">
          {t(`phone.direction.${call.direction}`)}
          {call.phone ? ` · ${formatPhone(call.phone)}` : ''}
          {caller ? ` · ${caller}` : ''}
          {earlier && customerId ? ` · ${t('phone.knownNumber', { customer: customers.get(customerId) ?? '' })}` : ''}
        </p>
        <SelectField label={t('phone.ticket')} value={ticketId} emptyLabel="—" onChange={setTicketId} groups={choices} selectRef={ticketRef} />
        {ticketId === '' ? <p className="muted">{t('phone.ticketHint')}</p> : null}
        <button type="button" onClick={() => setIsRegistering(true)}>
          {t('phone.newTicket')}
        </button>
        <SelectField
          label={t('phone.reason')}
          value={reason}
          emptyLabel="—"
          onChange={(v) => setReason(v as CallReason | '')}
          options={CALL_REASONS.map((r) => ({ value: r, label: t(`phone.reason.${r}`) }))}
        />
        {reason === 'outage_report' ? (
          <>
            <DateTimeField label={t('outage.startedAt')} value={outageStartedAt} onChange={setOutageStartedAt} />
            <OutageScopeField value={outageScope} onChange={setOutageScope} />
          </>
        ) : null}
        <SelectField
          label={t('phone.outcome')}
          value={outcome}
          onChange={(v) => setOutcome(v as CallOutcome)}
          options={CALL_OUTCOMES.map((o) => ({ value: o, label: t(`phone.outcome.${o}`) }))}
        />
        {outcome === 'priority_changed' && plan ? (
          <SelectField
            label={t('phone.newPriority')}
            value={priority}
            emptyLabel="—"
            onChange={setPriority}
            options={priorities.map((p) => ({ value: p.id, label: priorityLabel(lookup, plan.policy, p.id) }))}
          />
        ) : null}
        {outcome === 'escalated' && plan ? (
          <SelectField
            label={t('phone.line')}
            value={line}
            emptyLabel="—"
            onChange={setLine}
            options={lines.map((l) => ({ value: l.id, label: lineLabel(lookup, plan.policy, l.id) }))}
          />
        ) : null}
        {outcome === 'callback_scheduled' ? (
          <div className="field">
            <label htmlFor={callbackId}>{t('phone.callbackAt')}</label>
            <input id={callbackId} type="datetime-local" value={callbackAt} onChange={(e) => setCallbackAt(e.target.value)} />
          </div>
        ) : null}
        <TextField label={t('phone.notes')} value={note} onChange={setNote} isMultiline />
        <ErrorMessage error={save.error ?? end.error ?? discard.error}>{t('phone.notSaved')}</ErrorMessage>
        <div className="button-row">
          {call.endedAt === null ? (
            <button type="button" onClick={() => end.mutate(call.id)} disabled={end.isPending}>
              {t('phone.stop')}
            </button>
          ) : null}
          <button type="submit" disabled={save.isPending}>
            {t('phone.save')}
          </button>
          <button type="button" onClick={() => discard.mutate(call.id)} disabled={discard.isPending}>
            {t('phone.discard')}
          </button>
        </div>
      </form>
      {/* Outside the call's form: its own form's submit must not bubble into the call's. */}
      <RegisterTicketDialog
        isOpen={isRegistering}
        onClose={() => setIsRegistering(false)}
        onRegistered={setTicketId}
        initial={{
          channel: 'phone',
          ...(contractOfCustomer ? { contractId: contractOfCustomer } : {}),
          description: [caller, call.phone ? formatPhone(call.phone) : ''].filter(Boolean).join(', '),
        }}
      />
    </>
  );
}
