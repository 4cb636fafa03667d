import type { CallRow } from '../phone/call-types';
import { MINUTE } from './instants';

/** A saved inbound call of `minutes` on ticket t1 (tests only); `more` overrides any field. */
export function loggedCall(id: string, startedAt: number, minutes: number, more: Partial<CallRow> = {}): CallRow {
  return {
    id,
    state: 'logged',
    isOpen: 0,
    direction: 'in',
    agent: 'Anna',
    startedAt,
    endedAt: startedAt + minutes * MINUTE,
    talkMs: minutes * MINUTE,
    ticketId: 't1',
    customerId: 'c1',
    caller: '',
    phone: null,
    reason: 'expedite',
    outcome: 'logged_only',
    note: '',
    priority: null,
    line: null,
    callbackAt: null,
    loggedAt: null,
    ...more,
  };
}
