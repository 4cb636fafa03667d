import { describe, expect, it } from 'vitest';
import { at, HOUR, MINUTE } from '../test-support/instants';
import { events, planOf } from '../test-support/ticket';
import { ticketClocks } from '../ticket/ticket-clocks';
import { summarizeTicket } from '../ticket/ticket-summary';
import { InputError } from '../validation/issues';
import { decideCallOutcome, outcomeCommands, type OutcomeInput } from './call-outcome';

let n = 0;
const ctx = (now: string) => ({ now: at(now), by: 'Anna', workstation: 'ws', newId: () => `id-${++n}` });
const call: OutcomeInput = { callId: 'call-1', reason: 'expedite', outcome: 'logged_only', note: 'customer chased' };

describe('outcomeCommands', () => {
  it('logs the call on the ticket with the call id and the ticket purpose of its reason', () => {
    expect(outcomeCommands(call)).toEqual([{ kind: 'log_call', purpose: 'expedite', note: 'customer chased', callId: 'call-1' }]);
  });

  it('logs a reason the ticket has no purpose for without one', () => {
    expect(outcomeCommands({ ...call, reason: 'outage_report' })).toEqual([{ kind: 'log_call', note: 'customer chased', callId: 'call-1' }]);
  });

  it('changes the priority with the call as its reason', () => {
    expect(outcomeCommands({ ...call, reason: 'high_priority_notice', outcome: 'priority_changed', priority: 'high' })).toEqual([
      { kind: 'set_priority', priority: 'high', reason: 'customer chased', call: { purpose: 'report_high', note: 'customer chased', callId: 'call-1' } },
    ]);
  });

  it('logs a call that scheduled a callback like any other (the callback stays on the call record)', () => {
    expect(outcomeCommands({ ...call, outcome: 'callback_scheduled' })).toEqual([
      { kind: 'log_call', purpose: 'expedite', note: 'customer chased', callId: 'call-1' },
    ]);
  });

  it('passes a missing priority or line on as empty, for the ticket’s own rules to refuse', () => {
    expect(outcomeCommands({ ...call, outcome: 'priority_changed' })[0]).toMatchObject({ kind: 'set_priority', priority: '' });
    expect(outcomeCommands({ ...call, outcome: 'escalated' })[1]).toEqual({ kind: 'escalate', line: '' });
  });

  it('escalates or gives an update after logging the call', () => {
    expect(outcomeCommands({ ...call, outcome: 'escalated', line: 'second' }).map((c) => c.kind)).toEqual(['log_call', 'escalate']);
    expect(outcomeCommands({ ...call, outcome: 'status_update_given' }).map((c) => c.kind)).toEqual(['log_call', 'send_update']);
  });
});

describe('decideCallOutcome', () => {
  // Scope4mation Support, office hours 08:30–16:30 Amsterdam. Registered Mon 2 March 2026 09:00 (Monday).
  const plan = planOf('scope4mation', 'support');
  const log = events({ kind: 'created', at: '2026-03-02T09:00:00+01:00', type: 'disruption', priority: 'normal' });

  it('raises a ticket to High from the call: the clocks switch to High and keep the elapsed time', () => {
    const decided = decideCallOutcome(plan, log, outcomeCommands({ ...call, outcome: 'priority_changed', priority: 'high' }), ctx('2026-03-02T10:00:00+01:00'));
    expect(decided.map((e) => e.kind)).toEqual(['call_logged', 'priority_changed']);
    expect(decided[0]).toMatchObject({ callId: 'call-1', by: 'Anna' });
    expect(decided[1]).toMatchObject({ priority: 'high', callId: 'call-1', note: 'customer chased' });
    const clocks = ticketClocks(plan, [...log, ...decided], at('2026-03-02T10:00:00+01:00'));
    expect(clocks.priority).toBe('high');
    expect(clocks.timers.response).toMatchObject({ targetMs: 2 * HOUR, elapsedMs: 1 * HOUR });
  });

  it('without a call High is refused (must be phoned in): the call is what lets it through', () => {
    const now = at('2026-03-02T10:00:00+01:00');
    expect(() => decideCallOutcome(plan, log, [{ kind: 'set_priority', priority: 'high', reason: 'x' }], { ...ctx('2026-03-02T10:00:00+01:00'), now })).toThrow(
      InputError,
    );
  });

  it('escalates the ticket one line up after the call', () => {
    const decided = decideCallOutcome(plan, log, outcomeCommands({ ...call, outcome: 'escalated', line: 'second' }), ctx('2026-03-02T10:00:00+01:00'));
    expect(summarizeTicket([...log, ...decided], plan).line).toBe('second');
  });

  it('refuses an outcome the ticket does not allow, with the field', () => {
    try {
      decideCallOutcome(plan, log, outcomeCommands({ ...call, outcome: 'escalated', line: 'first' }), ctx('2026-03-02T10:00:00+01:00'));
      expect.unreachable();
    } catch (error) {
      expect((error as InputError).issues[0]).toMatchObject({ field: 'line', code: 'command.same_line' });
    }
  });

  describe('a status update given by phone (Connect & Engage P1: every 15 minutes, 24/7)', () => {
    const ce = planOf('connect-engage', 'standard');
    // Sat 7 March 2026 22:00 Amsterdam: outside business hours, P1 still counts.
    const p1 = events({ kind: 'created', at: '2026-03-07T22:00:00+01:00', type: 'incident', priority: 'p1' });

    it('restarts the update cadence at the call', () => {
      const decided = decideCallOutcome(ce, p1, outcomeCommands({ ...call, outcome: 'status_update_given' }), ctx('2026-03-07T22:10:00+01:00'));
      const clocks = ticketClocks(ce, [...p1, ...decided], at('2026-03-07T22:20:00+01:00'));
      expect(clocks.timers.update).toMatchObject({ elapsedMs: 10 * MINUTE, remainingMs: 5 * MINUTE, state: 'running' });
    });
  });
});
