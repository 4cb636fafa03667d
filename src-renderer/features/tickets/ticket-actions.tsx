import type { RefObject } from 'react';
import type { Policy } from '../../../src-shared/policy/policy-types';
import type { AllowedCommands } from '../../../src-shared/ticket/allowed-commands';
import { useI18n } from '../../i18n/i18n';
import { AssignForm } from './actions/assign-form';
import { CommandButtons } from './actions/command-buttons';
import { EscalateForm } from './actions/escalate-form';
import { NoteForm } from './actions/note-form';
import { PriorityForm } from './actions/priority-form';
import { StatusForm } from './actions/status-form';

/**
 * Everything an agent can do to a ticket, each family its own component with its own state and
 * its own refusal. What is offered comes from `allowedCommands`, the rule the store enforces.
 */
export function TicketActions({
  ticketId,
  policy,
  allowed,
  agents,
  priorityRef,
}: {
  ticketId: string;
  /** The ticket's policy, whose preset labels name its priorities and lines. */
  policy: Policy;
  allowed: AllowedCommands;
  agents: readonly string[];
  priorityRef: RefObject<HTMLSelectElement | null>;
}) {
  const { t } = useI18n();
  const can = (kind: Parameters<typeof allowed.commands.has>[0]) => allowed.commands.has(kind);
  return (
    <section aria-label={t('detail.actions')} className="actions">
      <CommandButtons ticketId={ticketId} allowed={allowed} />
      {can('set_status') ? <StatusForm ticketId={ticketId} allowed={allowed} /> : null}
      {can('set_priority') && allowed.priorities.length > 0 ? (
        <PriorityForm ticketId={ticketId} policy={policy} allowed={allowed} selectRef={priorityRef} />
      ) : null}
      {can('escalate') ? <EscalateForm ticketId={ticketId} policy={policy} allowed={allowed} /> : null}
      {can('assign') ? <AssignForm ticketId={ticketId} agents={agents} /> : null}
      <NoteForm ticketId={ticketId} />
    </section>
  );
}
