import { useState, type FormEvent } from 'react';
import type { Engagement } from '../../../src-shared/consultancy/engagement';
import { logTime } from '../../../src-shared/consultancy/engagement-commands';
import { checkAgainstApproval } from '../../../src-shared/consultancy/engagement-totals';
import { now } from '../../clock/app-clock';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage, TextField } from '../../ui/fields';
import { DateTimeField, fromLocalInput, toLocalInput } from '../../ui/date-time-field';
import { CheckboxField, NumberField, SubmitCancel, minutesOf } from './form-fields';
import { formatMinutes } from './money';
import { useEngagementCommand } from './mutations';

/** Logs time by hand; says before it is logged whether it goes beyond the approved hours. */
export function LogTimeForm({ engagement, onDone }: { engagement: Engagement; onDone: () => void }) {
  const { t } = useI18n();
  const command = useEngagementCommand();
  const [when, setWhen] = useState(() => toLocalInput(now()));
  const [hours, setHours] = useState('');
  const [minutes, setMinutes] = useState('');
  const [description, setDescription] = useState('');
  const [isRegularSupport, setRegularSupport] = useState(false);
  const [isProductUnusable, setProductUnusable] = useState(false);
  const total = minutesOf(hours, minutes);
  const check = Number.isFinite(total) && total > 0 && !isRegularSupport ? checkAgainstApproval(engagement, total) : null;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    command.mutate(
      {
        engagementId: engagement.id,
        decide: (row, c) =>
          logTime(row, { workedAt: fromLocalInput(when), minutes: total, description, isRegularSupport, isProductUnusable }, c.by, c.newId, c.now),
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="form inline-form" aria-label={t('consultancy.log.title')} onSubmit={onSubmit}>
      <DateTimeField label={t('consultancy.entry.when')} value={when} onChange={setWhen} />
      <NumberField label={t('consultancy.entry.hours')} value={hours} onChange={setHours} min={0} max={24} />
      <NumberField label={t('consultancy.entry.minutes')} value={minutes} onChange={setMinutes} min={0} max={59} />
      <TextField label={t('consultancy.entry.description')} value={description} onChange={setDescription} isRequired />
      <CheckboxField label={t('consultancy.entry.regularSupport')} isChecked={isRegularSupport} onChange={setRegularSupport} />
      {engagement.purpose === 'query_support' ? (
        <CheckboxField label={t('consultancy.entry.productUnusable')} isChecked={isProductUnusable} onChange={setProductUnusable} />
      ) : null}
      {check?.kind === 'beyond' ? (
        <p role="status" className="warning">
          {t('consultancy.log.beyond', { beyond: formatMinutes(t, check.beyondMinutes) })}
        </p>
      ) : check?.kind === 'unapproved' ? (
        <p role="status" className="warning">
          {t('consultancy.log.unapproved')}
        </p>
      ) : null}
      <ErrorMessage error={command.error} />
      <SubmitCancel submitLabel={t('consultancy.log.submit')} cancelLabel={t('consultancy.cancel')} isPending={command.isPending} onCancel={onDone} />
    </form>
  );
}
