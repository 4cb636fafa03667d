import { describe, expect, it } from 'vitest';
import { events, planOf } from '../test-support/ticket';
import type { TicketEvent, TicketEventKind } from './ticket-event';
import { foldTicket } from './ticket-segments';
import { applyEvent, entersWaiting, givesUpdate, initialTicketState, type TicketState } from './ticket-state';
import { summarizeTicket } from './ticket-summary';

const plan = planOf('scope4mation', 'support');
const CREATED = { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal', number: 'T-1' } as const; // Mon
const LATER = '2026-03-02T11:00:00+01:00';

/** One example of every event kind (a Record, so a new kind fails to compile until it is listed here). */
const EXAMPLES: Record<TicketEventKind, Record<string, unknown>> = {
  created: { ...CREATED },
  responded: {},
  acknowledged: {},
  status_changed: { status: 'waiting_for_customer' },
  priority_changed: { priority: 'low' },
  workaround_given: {},
  resolved: {},
  reopened: {},
  update_sent: {},
  call_logged: { purpose: 'clarify' },
  note_added: { note: 'n' },
  assigned: { assignee: 'Bob' },
  escalated: { line: 'second' },
  war_team_convened: { members: ['Ann'], plan: { assessment: 'a', mitigation: 'm', resources: 'r', updateEvery: '1h' } },
  policy_applied: { policyVersion: 'version-2' },
};

/** Where the ticket stands before the event: histories that reach each status and resolution. */
const BEFORE: Record<string, { at: string; kind: TicketEventKind; [k: string]: unknown }[]> = {
  new: [],
  'in progress': [{ at: '2026-03-02T09:30:00+01:00', kind: 'responded' }],
  'waiting for the customer': [{ at: '2026-03-02T09:30:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' }],
  resolved: [{ at: '2026-03-02T09:30:00+01:00', kind: 'resolved' }],
  closed: [{ at: '2026-03-02T09:30:00+01:00', kind: 'status_changed', status: 'closed' }],
};

const ROWS = Object.entries(BEFORE).flatMap(([before, history]) =>
  (Object.keys(EXAMPLES) as TicketEventKind[])
    .filter((kind) => kind !== 'created')
    .flatMap((kind) =>
      // status_changed to every status, the others once
      (kind === 'status_changed' ? ['new', 'in_progress', 'waiting_for_customer', 'waiting_for_development', 'closed'] : [null]).map((status) => ({
        before,
        history,
        label: status ? `${kind} → ${status}` : kind,
        event: { at: LATER, kind, ...EXAMPLES[kind], ...(status ? { status } : {}) },
      })),
    ),
);

const SHARED = ['status', 'priority', 'assignee', 'isResponded', 'isResolved'] as const;

describe('applyEvent', () => {
  describe('the summary and the clock segments agree after every event kind', () => {
    it.each(ROWS)('$before › $label', ({ history, event }) => {
      const log: TicketEvent[] = events(CREATED, ...history, event);
      const summary = summarizeTicket(log, plan);
      const segments = foldTicket(log, (type, env) => plan.defaultPriority(type, env), false).segments;
      const last = segments[segments.length - 1] as TicketState;
      for (const field of SHARED) expect({ field, value: last[field] }).toEqual({ field, value: summary[field] });
      // The row's line starts at the plan's first line; the segments do not need one.
      expect(summary.line).toBe(last.line ?? 'first');
    });
  });

  const start = initialTicketState(events(CREATED)[0] as never, { priority: () => 'normal', firstLine: 'first' });
  const eventOf = (e: Record<string, unknown>) => ({ at: 0, ...e }) as TicketEvent;
  const step = (s: TicketState, e: Record<string, unknown>) => applyEvent(s, eventOf(e));

  it('restarts the update cadence on a response, an acknowledgement and an update sent, and on nothing else', () => {
    const restarting = (Object.keys(EXAMPLES) as TicketEventKind[]).filter((kind) => givesUpdate(eventOf({ kind, ...EXAMPLES[kind] })));
    expect(restarting.sort()).toEqual(['acknowledged', 'responded', 'update_sent']);
  });
  it('restarts the reply term when the ticket enters Waiting for Customer, not when it stays there', () => {
    const wait = { kind: 'status_changed', status: 'waiting_for_customer' };
    expect(entersWaiting(start, eventOf(wait))).toBe(true);
    expect(entersWaiting(step(start, wait), eventOf(wait))).toBe(false);
  });
  it('counts closing as a resolution that reached the customer, and reopening undoes only the current one', () => {
    const closed = step(start, { kind: 'status_changed', status: 'closed' });
    expect(closed).toMatchObject({ status: 'closed', hasEverResolved: true, isResolved: false });
    const resolved = step(start, { kind: 'resolved' });
    expect(step(resolved, { kind: 'reopened' })).toMatchObject({ status: 'in_progress', isResolved: false, hasEverResolved: true });
  });
  it('leaves the state alone for calls, notes and updates sent', () => {
    expect(step(start, { kind: 'call_logged' })).toBe(start);
    expect(step(start, { kind: 'note_added' })).toBe(start);
    expect(step(start, { kind: 'update_sent' })).toBe(start);
    expect(step(start, { kind: 'policy_applied', policyVersion: 'version-2' })).toBe(start);
  });
});
