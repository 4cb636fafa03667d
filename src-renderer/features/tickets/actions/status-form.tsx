import { useState, type FormEvent } from 'react';
import type { Status } from '../../../../src-shared/policy/policy-types';
import type { AllowedCommands } from '../../../../src-shared/ticket/allowed-commands';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage, SelectField } from '../../../ui/fields';
import { useCommand } from './use-command';

/** Moves the ticket along the preset's status flow. */
export function StatusForm({ ticketId, allowed }: { ticketId: string; allowed: AllowedCommands }) {
  const { t } = useI18n();
  const { run, error, isBusy } = useCommand(ticketId);
  const [status, setStatus] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    run({ kind: 'set_status', status: status as Status }, () => setStatus(''));
  };
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <SelectField
        label={t('action.status')}
        value={status}
        emptyLabel="—"
        isRequired
        onChange={setStatus}
        options={allowed.statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <button type="submit" disabled={isBusy || !status}>
        {t('action.apply')}
      </button>
      <ErrorMessage error={error}>{t('error.prefix', { error: '' })}</ErrorMessage>
    </form>
  );
}
