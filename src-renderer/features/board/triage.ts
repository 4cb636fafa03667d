import type { AllowedCommands } from '../../../src-shared/ticket/allowed-commands';
import type { TicketCommand } from '../../../src-shared/ticket/ticket-commands';
import type { TicketSelection } from '../tickets/ticket-selection';

/** Keys the queue understands, beyond moving: the triage shortcuts. */
export type TriageKey = 'open' | 'respond' | 'escalate' | 'priority';

/** Where a triage key puts the keyboard in the ticket's detail. */
export function triageFocus(key: TriageKey): TicketSelection['focus'] {
  return key === 'open' ? 'heading' : key === 'priority' ? 'priority' : null;
}

/** The command a triage key runs on a ticket, when the ticket allows it now; null: none. */
export function triageCommand(key: TriageKey, allowed: AllowedCommands): TicketCommand | null {
  if (key === 'respond' && allowed.commands.has('respond')) return { kind: 'respond' };
  if (key === 'escalate' && allowed.commands.has('escalate') && allowed.nextLine) return { kind: 'escalate', line: allowed.nextLine.id };
  return null;
}
