import { useState, type FormEvent } from 'react';
import type { Policy } from '../../../../src-shared/policy/policy-types';
import type { AllowedCommands } from '../../../../src-shared/ticket/allowed-commands';
import { useI18n } from '../../../i18n/i18n';
import { lineLabel } from '../../../i18n/policy-labels';
import { ErrorMessage, SelectField } from '../../../ui/fields';
import { useCommand } from './use-command';

/** Moves the ticket to another support line, named through the preset's labels in the screen's language. */
export function EscalateForm({ ticketId, policy, allowed }: { ticketId: string; policy: Policy; allowed: AllowedCommands }) {
  const { t, lookup } = useI18n();
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
        options={allowed.lines.map((l) => ({ value: l.id, label: lineLabel(lookup, policy, l.id) }))}
      />
      <button type="submit" disabled={isBusy || !line}>
        {t('action.escalateButton')}
      </button>
      <ErrorMessage error={error}>{t('error.prefix', { error: '' })}</ErrorMessage>
    </form>
  );
}
