import { useState, type FormEvent, type RefObject } from 'react';
import type { Policy } from '../../../../src-shared/policy/policy-types';
import type { AllowedCommands } from '../../../../src-shared/ticket/allowed-commands';
import { useI18n } from '../../../i18n/i18n';
import { priorityLabel } from '../../../i18n/policy-labels';
import { ErrorMessage, SelectField, TextField } from '../../../ui/fields';
import { useCommand } from './use-command';

/**
 * Changes the priority with a reason, by phone where the agreement was made on the phone. A
 * refused change keeps the priority, the reason and the call summary the agent typed. Priorities
 * are named through the preset's labels in the screen's language.
 */
export function PriorityForm({
  ticketId,
  policy,
  allowed,
  selectRef,
}: {
  ticketId: string;
  policy: Policy;
  allowed: AllowedCommands;
  selectRef: RefObject<HTMLSelectElement | null>;
}) {
  const { t, lookup } = useI18n();
  const { run, error, isBusy } = useCommand(ticketId);
  const [priority, setPriority] = useState('');
  const [reason, setReason] = useState('');
  const [isByPhone, setIsByPhone] = useState(false);
  const [callNote, setCallNote] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const call = isByPhone ? { call: { purpose: 'priority_dispute' as const, note: callNote || reason } } : {};
    run({ kind: 'set_priority', priority, reason, ...call }, () => {
      setPriority('');
      setReason('');
      setCallNote('');
      setIsByPhone(false);
    });
  };
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <SelectField
        label={t('action.priority')}
        value={priority}
        emptyLabel="—"
        isRequired
        onChange={setPriority}
        selectRef={selectRef}
        options={allowed.priorities.map((p) => ({ value: p.id, label: priorityLabel(lookup, policy, p.id) }))}
      />
      <TextField label={t('action.reason')} value={reason} onChange={setReason} />
      <div className="field checkbox">
        <input id={`priority-by-phone-${ticketId}`} type="checkbox" checked={isByPhone} onChange={(e) => setIsByPhone(e.target.checked)} />
        <label htmlFor={`priority-by-phone-${ticketId}`}>{t('action.byPhone')}</label>
      </div>
      {isByPhone ? <TextField label={t('action.callNote')} value={callNote} onChange={setCallNote} /> : null}
      <button type="submit" disabled={isBusy || !priority}>
        {t('action.setPriority')}
      </button>
      <ErrorMessage error={error}>{t('error.prefix', { error: '' })}</ErrorMessage>
    </form>
  );
}
