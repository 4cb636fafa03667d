import { useState, type FormEvent, type RefObject } from 'react';
import type { CompiledPlan } from '../../../src-shared/policy/compiled-policy';
import type { Status } from '../../../src-shared/policy/policy-types';
import type { TicketCommand } from '../../../src-shared/ticket/ticket-commands';
import type { TicketClocks } from '../../../src-shared/ticket/ticket-clocks';
import { CALL_PURPOSES, type CallPurpose } from '../../../src-shared/ticket/ticket-event';
import { nextStatuses } from '../../../src-shared/ticket/status-flow';
import type { TicketRow } from '../../db/entities';
import { useI18n } from '../../i18n/i18n';
import { lineLabel, priorityLabel } from '../../i18n/policy-labels';
import { ErrorMessage, SelectField, TextField } from '../../ui/fields';

/** Everything an agent can do to a ticket, each a command the store validates and logs. */
export function TicketActions({
  row,
  plan,
  clocks,
  agents,
  run,
  error,
  isBusy,
  priorityRef,
}: {
  row: TicketRow;
  plan: CompiledPlan;
  clocks: TicketClocks;
  agents: readonly string[];
  run: (command: TicketCommand) => void;
  error: unknown;
  isBusy: boolean;
  priorityRef: RefObject<HTMLSelectElement | null>;
}) {
  const { t, lookup } = useI18n();
  const [status, setStatus] = useState('');
  const [priority, setPriority] = useState('');
  const [reason, setReason] = useState('');
  const [isByPhone, setIsByPhone] = useState(false);
  const [callNote, setCallNote] = useState('');
  const [line, setLine] = useState('');
  const [assignee, setAssignee] = useState('');
  const [purpose, setPurpose] = useState<CallPurpose>('clarify');
  const [note, setNote] = useState('');
  const isClosed = row.status === 'closed';
  const canCloseAdmin = row.status === 'waiting_for_customer' && clocks.timers.reply?.state === 'breached';
  const submit = (command: TicketCommand, reset?: () => void) => (e: FormEvent) => {
    e.preventDefault();
    run(command);
    reset?.();
  };
  const priorities = plan.prioritiesFor(row.type).filter((p) => p.id !== row.priority);

  return (
    <section aria-label={t('detail.actions')} className="actions">
      <ErrorMessage error={error}>{t('error.prefix', { error: '' })}</ErrorMessage>
      <div className="button-row">
        {!row.isResponded && !isClosed ? (
          <button type="button" disabled={isBusy} onClick={() => run({ kind: 'respond' })}>
            {t('action.respond')}
          </button>
        ) : null}
        {clocks.timers.update && !isClosed ? (
          <button type="button" disabled={isBusy} onClick={() => run({ kind: 'send_update' })}>
            {t('action.sendUpdate')}
          </button>
        ) : null}
        {clocks.timers.workaround?.isRunning ? (
          <button type="button" disabled={isBusy} onClick={() => run({ kind: 'give_workaround' })}>
            {t('action.workaround')}
          </button>
        ) : null}
        {!row.isResolved && !isClosed ? (
          <button type="button" disabled={isBusy} onClick={() => run({ kind: 'resolve' })}>
            {t('action.resolve')}
          </button>
        ) : null}
        {row.isResolved || isClosed ? (
          <button type="button" disabled={isBusy} onClick={() => run({ kind: 'reopen' })}>
            {t('action.reopen')}
          </button>
        ) : null}
        {canCloseAdmin ? (
          <button type="button" disabled={isBusy} onClick={() => run({ kind: 'close_administratively' })}>
            {t('action.closeAdmin')}
          </button>
        ) : null}
      </div>

      {!isClosed ? (
        <form className="inline-form" onSubmit={submit({ kind: 'set_status', status: status as Status }, () => setStatus(''))}>
          <SelectField
            label={t('action.status')}
            value={status}
            emptyLabel="—"
            isRequired
            onChange={setStatus}
            options={nextStatuses(row.status).map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
          <button type="submit" disabled={isBusy || !status}>
            {t('action.apply')}
          </button>
        </form>
      ) : null}

      {!isClosed && priorities.length > 0 ? (
        <form
          className="inline-form"
          onSubmit={submit(
            { kind: 'set_priority', priority, reason, ...(isByPhone ? { call: { purpose: 'priority_dispute', note: callNote || reason } } : {}) },
            () => {
              setPriority('');
              setReason('');
              setCallNote('');
              setIsByPhone(false);
            },
          )}
        >
          <SelectField
            label={t('action.priority')}
            value={priority}
            emptyLabel="—"
            isRequired
            onChange={setPriority}
            selectRef={priorityRef}
            options={priorities.map((p) => ({ value: p.id, label: priorityLabel(lookup, plan.policy, p.id) }))}
          />
          <TextField label={t('action.reason')} value={reason} onChange={setReason} />
          <div className="field checkbox">
            <input id="priority-by-phone" type="checkbox" checked={isByPhone} onChange={(e) => setIsByPhone(e.target.checked)} />
            <label htmlFor="priority-by-phone">{t('action.byPhone')}</label>
          </div>
          {isByPhone ? <TextField label={t('action.callNote')} value={callNote} onChange={setCallNote} /> : null}
          <button type="submit" disabled={isBusy || !priority}>
            {t('action.setPriority')}
          </button>
        </form>
      ) : null}

      {!isClosed ? (
        <form className="inline-form" onSubmit={submit({ kind: 'escalate', line }, () => setLine(''))}>
          <SelectField
            label={t('action.escalate')}
            value={line}
            emptyLabel="—"
            onChange={setLine}
            options={plan.policy.lines.filter((l) => l.id !== row.line).map((l) => ({ value: l.id, label: lineLabel(lookup, plan.policy, l.id) }))}
          />
          <button type="submit" disabled={isBusy || !line}>
            {t('action.escalateButton')}
          </button>
        </form>
      ) : null}

      {!isClosed ? (
        <form className="inline-form" onSubmit={submit({ kind: 'assign', assignee }, () => setAssignee(''))}>
          <TextField label={t('action.assign')} value={assignee} onChange={setAssignee} list="agent-names" />
          <datalist id="agent-names">
            {agents.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
          <button type="submit" disabled={isBusy || !assignee.trim()}>
            {t('action.assignButton')}
          </button>
        </form>
      ) : null}

      <form className="inline-form" onSubmit={submit({ kind: 'log_call', purpose, note }, () => setNote(''))}>
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
        <button
          type="button"
          disabled={isBusy || !note.trim()}
          onClick={() => {
            run({ kind: 'add_note', note });
            setNote('');
          }}
        >
          {t('action.addNote')}
        </button>
      </form>
    </section>
  );
}
