import { describe, expect, it } from 'vitest';
import { NO_SLA } from '../policy/compiled-policy';
import type { TimerKind } from '../policy/policy-types';
import { planOf } from '../test-support/ticket';
import type { TicketSegment } from './ticket-segments';
import { timerRules, timerReasonText, type TimerPhase, type TimerReason, type TimerRule } from './timer-rules';

// Each test compiles its own plan: the rules are built once per plan, and a mutation test counts
// the building only for the test that did it.

/** A stretch of a ticket's life: a new ticket unless `state` says otherwise. */
function stretch(state: Partial<TicketSegment> = {}): TicketSegment {
  return {
    start: 0,
    end: 1,
    status: 'new',
    priority: 'normal',
    line: null,
    assignee: null,
    isResponded: false,
    isWorkedAround: false,
    isResolved: false,
    hasEverResolved: false,
    hasEverWaited: false,
    isUpdateGiven: false,
    isWaitingEntered: false,
    ...state,
  };
}

const ruleOf = (rules: readonly TimerRule[], kind: TimerKind): TimerRule => {
  const rule = rules.find((r) => r.kind === kind);
  if (!rule) throw new Error(`no ${kind} rule`);
  return rule;
};

/** Phase and reason of every timer during one stretch. */
function phases(rules: readonly TimerRule[], state: Partial<TicketSegment>): Record<string, [TimerPhase, TimerReason]> {
  const s = stretch(state);
  return Object.fromEntries(
    rules.map((r) => {
      const phase = r.phaseOf(s);
      return [r.kind, [phase, r.reasonOf(s, phase)]];
    }),
  );
}

describe('timerRules', () => {
  it('are built once per plan', () => {
    const plan = planOf('scope4mation', 'support');
    const rules = timerRules(plan);
    expect(timerRules(plan)).toBe(rules);
    expect(rules.map((r) => r.kind)).toEqual(['response', 'workaround', 'resolution', 'update', 'reply']);
  });

  it('have no reply term on a policy without one (Connect Engage)', () => {
    expect(timerRules(planOf('connect-engage', 'standard')).map((r) => r.kind)).toEqual(['response', 'workaround', 'resolution', 'update']);
  });

  describe('on Scope4mation (timers from registration, resolution paused while waiting, reply term 10 business days)', () => {
    it('count every timer on a new ticket; the reply term waits for Waiting for Customer', () => {
      expect(phases(timerRules(planOf('scope4mation', 'support')), {})).toEqual({
        response: ['counting', 'new'],
        workaround: ['counting', 'new'],
        resolution: ['counting', 'new'],
        update: ['counting', 'new'],
        reply: ['pending', 'not_waiting_for_customer'],
      });
    });

    it('pause the resolution and count the reply term while waiting for the customer', () => {
      expect(phases(timerRules(planOf('scope4mation', 'support')), { status: 'waiting_for_customer', isResponded: true, hasEverWaited: true })).toEqual({
        response: ['stopped', 'responded'],
        workaround: ['counting', 'waiting_for_customer'],
        resolution: ['paused', 'waiting_for_customer'],
        update: ['counting', 'waiting_for_customer'],
        reply: ['counting', 'waiting_for_customer'],
      });
    });

    it('stop the reply term when the customer replied, and the workaround timer when a workaround was given', () => {
      expect(
        phases(timerRules(planOf('scope4mation', 'support')), { status: 'in_progress', isResponded: true, isWorkedAround: true, hasEverWaited: true }),
      ).toEqual({
        response: ['stopped', 'responded'],
        workaround: ['stopped', 'workaround_given'],
        resolution: ['counting', 'in_progress'],
        update: ['counting', 'in_progress'],
        reply: ['stopped', 'customer_replied'],
      });
    });

    it('stop every timer on a resolved ticket, saying resolved', () => {
      expect(phases(timerRules(planOf('scope4mation', 'support')), { status: 'in_progress', isResolved: true, hasEverResolved: true })).toEqual({
        response: ['stopped', 'resolved'],
        workaround: ['stopped', 'resolved'],
        resolution: ['stopped', 'resolved'],
        update: ['stopped', 'resolved'],
        reply: ['pending', 'not_waiting_for_customer'],
      });
    });

    it('stop every timer on a closed ticket, saying closed', () => {
      expect(phases(timerRules(planOf('scope4mation', 'support')), { status: 'closed', hasEverResolved: true, hasEverWaited: true })).toEqual({
        response: ['stopped', 'closed'],
        workaround: ['stopped', 'closed'],
        resolution: ['stopped', 'closed'],
        update: ['stopped', 'closed'],
        reply: ['stopped', 'customer_replied'],
      });
    });

    it('keep the response stopped after a resolution was reopened, saying resolved; the other timers count again', () => {
      expect(phases(timerRules(planOf('scope4mation', 'support')), { status: 'in_progress', hasEverResolved: true })).toEqual({
        response: ['stopped', 'resolved'],
        workaround: ['counting', 'in_progress'],
        resolution: ['counting', 'in_progress'],
        update: ['counting', 'in_progress'],
        reply: ['pending', 'not_waiting_for_customer'],
      });
    });
  });

  it('name a workaround given after a reopened resolution as what stopped the workaround timer', () => {
    const rules = timerRules(planOf('konneqt', 'enterprise'));
    expect(phases(rules, { status: 'in_progress', isResponded: true, isWorkedAround: true, hasEverResolved: true })).toMatchObject({
      response: ['stopped', 'resolved'],
      workaround: ['stopped', 'workaround_given'],
    });
  });

  describe('on Konneqt (timers from acknowledgement)', () => {
    it('keep the workaround, resolution and update timers pending until acknowledged; the response counts', () => {
      expect(phases(timerRules(planOf('konneqt', 'enterprise')), {})).toEqual({
        response: ['counting', 'new'],
        workaround: ['pending', 'awaiting_acknowledgement'],
        resolution: ['pending', 'awaiting_acknowledgement'],
        update: ['pending', 'awaiting_acknowledgement'],
      });
      expect(phases(timerRules(planOf('konneqt', 'enterprise')), { status: 'waiting_for_customer', isResponded: true })).toEqual({
        response: ['stopped', 'responded'],
        workaround: ['paused', 'waiting_for_customer'],
        resolution: ['paused', 'waiting_for_customer'],
        update: ['paused', 'waiting_for_customer'],
      });
    });
  });

  it('restart the update cadence where an update was given, and the reply term where the ticket entered waiting', () => {
    const rules = timerRules(planOf('scope4mation', 'support'));
    const restarts = (state: Partial<TicketSegment>) => rules.filter((r) => r.restartsAt(stretch(state))).map((r) => r.kind);
    expect(restarts({})).toEqual([]);
    expect(restarts({ isUpdateGiven: true })).toEqual(['update']);
    expect(restarts({ isWaitingEntered: true })).toEqual(['reply']);
    expect(restarts({ isUpdateGiven: true, isWaitingEntered: true })).toEqual(['update', 'reply']);
  });

  it('take each timer its own target; the reply term the policy’s, except for a ticket without SLA', () => {
    const plan = planOf('scope4mation', 'support');
    const rules = timerRules(plan);
    const targets = plan.targetsFor('bug', 'normal', 'production');
    for (const kind of ['response', 'workaround', 'resolution', 'update'] as const) expect(ruleOf(rules, kind).targetOf(targets)).toBe(targets[kind]);
    expect(ruleOf(rules, 'reply').targetOf(targets)).toBe(plan.replyTerm);
    expect(plan.replyTerm).not.toBeNull();
    expect(ruleOf(rules, 'reply').targetOf(NO_SLA)).toBeUndefined();
  });
});

describe('timerReasonText', () => {
  it('says the reasons in English, a status as its id', () => {
    expect(
      ['awaiting_acknowledgement', 'not_waiting_for_customer', 'workaround_given', 'customer_replied', 'resolved', 'waiting_for_customer'].map((r) =>
        timerReasonText(r as TimerReason),
      ),
    ).toEqual(['awaiting acknowledgement', 'not waiting for the customer', 'workaround given', 'customer replied', 'resolved', 'waiting_for_customer']);
  });
});
