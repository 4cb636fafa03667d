import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { APPROVAL_METHODS, type ApprovalMethod } from '../../../src-shared/consultancy/consultancy-events';
import type { Engagement } from '../../../src-shared/consultancy/engagement';
import { recordApproval } from '../../../src-shared/consultancy/engagement-commands';
import { now } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { formatLocalTime } from '../../ui/format';
import { ErrorMessage, SelectField, TextField } from '../../ui/fields';
import { DateTimeField, fromLocalInput, toLocalInput } from '../../ui/date-time-field';
import { NumberField, SubmitCancel } from './form-fields';
import { useEngagementCommand } from './mutations';
import { customerCallsQuery } from './queries';

/** Records the customer's approval: who, when, how, for how many hours. */
export function ApprovalForm({ engagement, onDone }: { engagement: Engagement; onDone: () => void }) {
  const { t, locale } = useI18n();
  const command = useEngagementCommand();
  const [approvedBy, setApprovedBy] = useState(engagement.approval?.approvedBy ?? '');
  const [when, setWhen] = useState(() => toLocalInput(now()));
  const [method, setMethod] = useState<ApprovalMethod>(engagement.approval?.method ?? 'email');
  const [hours, setHours] = useState(engagement.approval ? String(engagement.approval.approvedMinutes / 60) : '');
  const [reference, setReference] = useState(engagement.approval?.reference ?? '');
  const [callId, setCallId] = useState(engagement.approval?.callId ?? '');
  const { db } = useDeskServices();
  const calls = useQuery({ ...customerCallsQuery(db, engagement.customerId), enabled: method === 'call' });
  const chooseCall = (id: string) => {
    setCallId(id);
    const call = calls.data?.find((c) => c.id === id);
    if (!call) return;
    // The call says who approved and when; the agent may still correct either.
    setWhen(toLocalInput(call.startedAt));
    if (call.caller && !approvedBy) setApprovedBy(call.caller);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    command.mutate(
      {
        engagementId: engagement.id,
        decide: (row, c) =>
          recordApproval(
            row,
            {
              approvedBy,
              approvedAt: fromLocalInput(when),
              method,
              approvedHours: hours.trim() === '' ? Number.NaN : Number(hours),
              reference,
              ...(method === 'call' && callId ? { callId } : {}),
            },
            c.now,
          ),
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="form inline-form" aria-label={t('consultancy.approval.title')} onSubmit={onSubmit}>
      <TextField label={t('consultancy.approval.by')} value={approvedBy} onChange={setApprovedBy} isRequired />
      <DateTimeField label={t('consultancy.approval.when')} value={when} onChange={setWhen} />
      <SelectField
        label={t('consultancy.approval.method')}
        value={method}
        onChange={(v) => setMethod(v as ApprovalMethod)}
        options={APPROVAL_METHODS.map((m) => ({ value: m, label: t(`consultancy.method.${m}`) }))}
      />
      {method === 'call' ? (
        <SelectField
          label={t('consultancy.approval.call')}
          value={callId}
          onChange={chooseCall}
          emptyLabel={t('consultancy.approval.noCall')}
          options={(calls.data ?? []).map((c) => ({
            value: c.id,
            label: [formatLocalTime(c.startedAt, locale), c.caller].filter(Boolean).join(' · '),
          }))}
        />
      ) : null}
      <NumberField label={t('consultancy.approval.hours')} value={hours} onChange={setHours} min={0} step={0.25} />
      <TextField label={t('consultancy.approval.reference')} value={reference} onChange={setReference} />
      <ErrorMessage error={command.error} />
      <SubmitCancel submitLabel={t('consultancy.approval.submit')} cancelLabel={t('consultancy.cancel')} isPending={command.isPending} onCancel={onDone} />
    </form>
  );
}
