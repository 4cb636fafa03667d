import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage, TextField } from '../../../ui/fields';
import { useCommand } from './use-command';

/** Assigns the ticket to an agent (the desk's agents are suggested). */
export function AssignForm({ ticketId, agents }: { ticketId: string; agents: readonly string[] }) {
  const { t } = useI18n();
  const { run, error, isBusy } = useCommand(ticketId);
  const [assignee, setAssignee] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    run({ kind: 'assign', assignee }, () => setAssignee(''));
  };
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <TextField label={t('action.assign')} value={assignee} onChange={setAssignee} list="agent-names" />
      <datalist id="agent-names">
        {agents.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <button type="submit" disabled={isBusy || !assignee.trim()}>
        {t('action.assignButton')}
      </button>
      <ErrorMessage error={error}>{t('error.prefix', { error: '' })}</ErrorMessage>
    </form>
  );
}
