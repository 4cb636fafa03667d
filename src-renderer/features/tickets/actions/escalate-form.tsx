import { useState, type FormEvent } from 'react';
import type { AllowedCommands } from '../../../../src-shared/ticket/allowed-commands';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage, SelectField } from '../../../ui/fields';
import { useCommand } from './use-command';

/** Moves the ticket to another support line. */
export function EscalateForm({ ticketId, allowed }: { ticketId: string; allowed: AllowedCommands }) {
  const { t } = useI18n();
  const { run, error, isBusy } = useCommand(ticketId);
  const [line, setLine] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    run({ kind: 'escalate', line }, () => setLine(''));
  };
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <SelectField
        label={t('action.escalate')}
        value={line}
        emptyLabel="—"
        onChange={setLine}
        options={allowed.lines.map((l) => ({ value: l.id, label: l.label }))}
      />
      <button type="submit" disabled={isBusy || !line}>
        {t('action.escalateButton')}
      </button>
      <ErrorMessage error={error}>{t('error.prefix', { error: '' })}</ErrorMessage>
    </form>
  );
}
