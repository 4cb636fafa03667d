import { SubmitCancel } from './form-fields';
import { useState, type FormEvent } from 'react';
import type { Engagement } from '../../../src-shared/consultancy/engagement';
import { changeRate } from '../../../src-shared/consultancy/engagement-commands';
import { InputError, issue } from '../../../src-shared/validation/issues';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage, TextField } from '../../ui/fields';
import { decimalEuros, parseEuros } from './money';
import { useEngagementCommand } from './mutations';

/** Changes an engagement's hourly rate: its unbilled time bills at the new rate; billed time keeps the rate it was billed at. */
export function RateForm({ engagement, onDone }: { engagement: Engagement; onDone: () => void }) {
  const { t, language } = useI18n();
  const command = useEngagementCommand();
  const [euros, setEuros] = useState(decimalEuros(engagement.centsPerHour, language === 'nl'));
  const [badRate, setBadRate] = useState<InputError | null>(null);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const cents = parseEuros(euros);
    setBadRate(cents === null ? new InputError([issue('centsPerHour', 'must be an amount in euros', 'consultancy.euros')]) : null);
    if (cents !== null) command.mutate({ engagementId: engagement.id, decide: (row, c) => changeRate(row, cents, c.now) }, { onSuccess: onDone });
  };
  return (
    <form className="form inline-form" aria-label={t('consultancy.rate.change')} onSubmit={onSubmit}>
      <TextField label={t('consultancy.new.rate')} value={euros} onChange={setEuros} />
      <ErrorMessage error={badRate ?? command.error} />
      <SubmitCancel submitLabel={t('consultancy.rate.save')} cancelLabel={t('consultancy.cancel')} isPending={command.isPending} onCancel={onDone} />
    </form>
  );
}
