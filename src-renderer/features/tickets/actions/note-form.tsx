import { useState, type FormEvent } from 'react';
import { CALL_PURPOSES, type CallPurpose } from '../../../../src-shared/ticket/ticket-event';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage, SelectField, TextField } from '../../../ui/fields';
import { useCommand } from './use-command';

/** Logs a phone call or adds a note; both stay open on a closed ticket. */
export function NoteForm({ ticketId }: { ticketId: string }) {
  const { t } = useI18n();
  const { run, error, isBusy } = useCommand(ticketId);
  const [purpose, setPurpose] = useState<CallPurpose>('clarify');
  const [note, setNote] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    run({ kind: 'log_call', purpose, note }, () => setNote(''));
  };
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <SelectField
        label={t('action.callPurpose')}
        value={purpose}
        onChange={(v) => setPurpose(v as CallPurpose)}
        options={CALL_PURPOSES.map((p) => ({ value: p, label: t(`purpose.${p}`) }))}
      />
      <TextField label={t('action.note')} value={note} onChange={setNote} />
      <button type="submit" disabled={isBusy || !note.trim()}>
        {t('action.logCall')}
      </button>
      <button type="button" disabled={isBusy || !note.trim()} onClick={() => run({ kind: 'add_note', note }, () => setNote(''))}>
        {t('action.addNote')}
      </button>
      <ErrorMessage error={error}>{t('error.prefix', { error: '' })}</ErrorMessage>
    </form>
  );
}
