import type { Status } from '../policy/policy-types';
import type { CallPurpose } from './ticket-event';

/** What an agent does to a ticket; each command becomes one or more events, or is refused. */
export type TicketCommand =
  | { readonly kind: 'respond'; readonly note?: string }
  | { readonly kind: 'acknowledge' }
  | { readonly kind: 'send_update'; readonly note?: string }
  | { readonly kind: 'set_status'; readonly status: Status }
  | {
      readonly kind: 'set_priority';
      readonly priority: string;
      readonly reason: string;
      /** The call it was agreed on; `callId` links the phone log's call record (else a new id). */
      readonly call?: { readonly purpose?: CallPurpose; readonly note: string; readonly callId?: string };
    }
  | { readonly kind: 'escalate'; readonly line: string }
  | { readonly kind: 'assign'; readonly assignee: string }
  | { readonly kind: 'give_workaround'; readonly note?: string }
  | { readonly kind: 'resolve'; readonly note?: string }
  | { readonly kind: 'reopen'; readonly note?: string }
  | { readonly kind: 'close_administratively' }
  | { readonly kind: 'log_call'; readonly purpose?: CallPurpose; readonly note: string; readonly callId?: string }
  | { readonly kind: 'add_note'; readonly note: string };

export type CommandKind = TicketCommand['kind'];

export const COMMAND_KINDS: readonly CommandKind[] = [
  'respond',
  'acknowledge',
  'send_update',
  'set_status',
  'set_priority',
  'escalate',
  'assign',
  'give_workaround',
  'resolve',
  'reopen',
  'close_administratively',
  'log_call',
  'add_note',
];
