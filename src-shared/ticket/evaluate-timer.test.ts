import { describe, expect, it } from 'vitest';
import { at, HOUR, iso, MINUTE } from '../test-support/instants';
import { clocksAt, events, planOf } from '../test-support/ticket';
import type { TimerResult } from './evaluate-timer';
import { explainTimer } from './explain-timer';
import { ticketClocks } from './ticket-clocks';

// Stopped timers: what their explanation names, and which target judges them.
// Expected values are worked out by hand from SPEC.md §1–§5 (Scope4mation 08:30–16:30 and C&E
// 08:30–17:00 Europe/Amsterdam; Konneqt Enterprise 09:00–17:00 America/New_York).

const AMS = 'Europe/Amsterdam';
const NY = 'America/New_York';
const scope = planOf('scope4mation', 'support');
const ce = planOf('connect-engage');
const enterprise = planOf('konneqt', 'enterprise');

/** A timer's explanation as [from, to, reason, detail], instants in `zone`. */
function spansOf(timer: TimerResult | undefined, zone: string): [string, string, string, string | undefined][] {
  if (!timer) throw new Error('no such timer');
  return explainTimer(timer).map((s) => [iso(s.start, zone), iso(s.end, zone), s.reason, s.detail]);
}

describe('evaluateTimer', () => {
  describe('when a timer has stopped and the ticket moves on', () => {
    describe('a Scope4mation Normal bug responded to, then resolved and closed', () => {
      const log = events(
        { at: '2026-04-23T14:00:00+02:00', kind: 'created', type: 'bug', priority: 'normal' }, // Thu
        { at: '2026-04-23T15:00:00+02:00', kind: 'responded' },
        { at: '2026-04-29T11:00:00+02:00', kind: 'resolved' }, // Wed
        { at: '2026-04-30T09:00:00+02:00', kind: 'status_changed', status: 'closed' }, // Thu
      );
      const { timers } = clocksAt(scope, log, '2026-04-30T12:00:00+02:00'); // Thu

      it('explains the response as one stopped span, named "responded", from the response to now', () => {
        expect(spansOf(timers.response, AMS)).toEqual([
          ['2026-04-23T14:00:00+02:00', '2026-04-23T15:00:00+02:00', 'working', undefined],
          ['2026-04-23T15:00:00+02:00', '2026-04-30T12:00:00+02:00', 'stopped', 'responded'], // Thu → Thu
        ]);
        const stopped = explainTimer(timers.response!).at(-1)!;
        expect(stopped.end - stopped.start).toBe(594_000_000); // 7 days less 3 h = 165 h
      });

      it('explains the resolution as one stopped span, named "resolved", not split at the closing', () => {
        expect(spansOf(timers.resolution, AMS).filter(([, , reason]) => reason === 'stopped')).toEqual([
          ['2026-04-29T11:00:00+02:00', '2026-04-30T12:00:00+02:00', 'stopped', 'resolved'], // Wed → Thu, 25 h
        ]);
      });
    });

    describe('a Scope4mation ticket resolved, closed and reopened', () => {
      const log = events(
        { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }, // Mon
        { at: '2026-03-02T09:30:00+01:00', kind: 'responded' },
        { at: '2026-03-02T11:00:00+01:00', kind: 'resolved' },
        { at: '2026-03-02T12:00:00+01:00', kind: 'status_changed', status: 'closed' },
        { at: '2026-03-03T09:00:00+01:00', kind: 'reopened' }, // Tue
      );
      const { timers } = clocksAt(scope, log, '2026-03-03T10:00:00+01:00'); // Tue

      it('keeps the response stopped by the response through the resolving, closing and reopening', () => {
        expect(spansOf(timers.response, AMS)).toEqual([
          ['2026-03-02T09:00:00+01:00', '2026-03-02T09:30:00+01:00', 'working', undefined],
          ['2026-03-02T09:30:00+01:00', '2026-03-03T10:00:00+01:00', 'stopped', 'responded'], // Mon → Tue
        ]);
      });

      it('names the resolution stopped by the resolving until the reopening, then counts again', () => {
        expect(spansOf(timers.resolution, AMS)).toEqual([
          ['2026-03-02T09:00:00+01:00', '2026-03-02T11:00:00+01:00', 'working', undefined],
          ['2026-03-02T11:00:00+01:00', '2026-03-03T09:00:00+01:00', 'stopped', 'resolved'], // Mon → Tue, the closing at 12:00 inside
          ['2026-03-03T09:00:00+01:00', '2026-03-03T10:00:00+01:00', 'working', undefined],
        ]);
        expect(timers.resolution).toMatchObject({ state: 'running', elapsedMs: 3 * HOUR, stoppedAt: null });
      });
    });

    describe('a Konneqt Enterprise P2 incident with a workaround, then resolved', () => {
      const log = events(
        { at: '2026-03-02T09:00:00-05:00', kind: 'created', type: 'incident', priority: 'p2' }, // Mon
        { at: '2026-03-02T09:00:00-05:00', kind: 'acknowledged' },
        { at: '2026-03-02T11:00:00-05:00', kind: 'workaround_given' },
        { at: '2026-03-02T14:00:00-05:00', kind: 'resolved' },
      );
      const { timers } = clocksAt(enterprise, log, '2026-03-02T16:00:00-05:00');

      it('keeps the workaround stopped by the workaround after the resolving', () => {
        expect(spansOf(timers.workaround, NY)).toEqual([
          ['2026-03-02T09:00:00-05:00', '2026-03-02T11:00:00-05:00', 'working', undefined],
          ['2026-03-02T11:00:00-05:00', '2026-03-02T16:00:00-05:00', 'stopped', 'workaround given'],
        ]);
      });

      it('names the resolution stopped by the resolving', () => {
        expect(spansOf(timers.resolution, NY)).toEqual([
          ['2026-03-02T09:00:00-05:00', '2026-03-02T14:00:00-05:00', 'working', undefined],
          ['2026-03-02T14:00:00-05:00', '2026-03-02T16:00:00-05:00', 'stopped', 'resolved'],
        ]);
      });
    });

    describe('a Konneqt Enterprise P2 incident closed unacknowledged, reopened and closed again', () => {
      const log = events(
        { at: '2026-03-02T09:00:00-05:00', kind: 'created', type: 'incident', priority: 'p2' }, // Mon
        { at: '2026-03-02T10:00:00-05:00', kind: 'status_changed', status: 'closed' },
        { at: '2026-03-02T11:00:00-05:00', kind: 'reopened' },
        { at: '2026-03-02T12:00:00-05:00', kind: 'status_changed', status: 'closed' },
      );
      const { timers } = clocksAt(enterprise, log, '2026-03-02T13:00:00-05:00');

      it('keeps the response stopped by the first closing, through the reopening', () => {
        expect(spansOf(timers.response, NY)).toEqual([
          ['2026-03-02T09:00:00-05:00', '2026-03-02T10:00:00-05:00', 'working', undefined],
          ['2026-03-02T10:00:00-05:00', '2026-03-02T13:00:00-05:00', 'stopped', 'closed'],
        ]);
      });

      it('counts a second stop of the workaround as a new stop, with its own moment', () => {
        expect(spansOf(timers.workaround, NY)).toEqual([
          ['2026-03-02T09:00:00-05:00', '2026-03-02T10:00:00-05:00', 'pending', 'awaiting acknowledgement'],
          ['2026-03-02T10:00:00-05:00', '2026-03-02T11:00:00-05:00', 'stopped', 'closed'],
          ['2026-03-02T11:00:00-05:00', '2026-03-02T12:00:00-05:00', 'pending', 'awaiting acknowledgement'],
          ['2026-03-02T12:00:00-05:00', '2026-03-02T13:00:00-05:00', 'stopped', 'closed'],
        ]);
        expect(timers.workaround?.stoppedAt).toBe(at('2026-03-02T12:00:00-05:00'));
      });
    });

    describe('a timer that starts over', () => {
      it('explains the reply term from its last start, stopped when the customer replied', () => {
        const log = events(
          { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }, // Mon
          { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
          { at: '2026-03-02T11:00:00+01:00', kind: 'status_changed', status: 'in_progress' },
          { at: '2026-03-02T12:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
          { at: '2026-03-02T13:00:00+01:00', kind: 'status_changed', status: 'in_progress' },
        );
        const { reply } = clocksAt(scope, log, '2026-03-02T15:00:00+01:00').timers;
        expect(reply).toMatchObject({ state: 'met', elapsedMs: HOUR, startedAt: at('2026-03-02T12:00:00+01:00'), stoppedAt: at('2026-03-02T13:00:00+01:00') });
        expect(spansOf(reply, AMS)).toEqual([
          ['2026-03-02T12:00:00+01:00', '2026-03-02T13:00:00+01:00', 'working', undefined],
          ['2026-03-02T13:00:00+01:00', '2026-03-02T15:00:00+01:00', 'stopped', 'customer replied'],
        ]);
      });

      it('explains the update cadence from the last update sent, stopped by the resolving', () => {
        const log = events(
          { at: '2026-03-02T09:00:00-05:00', kind: 'created', type: 'incident', priority: 'p2' }, // Mon
          { at: '2026-03-02T09:00:00-05:00', kind: 'acknowledged' },
          { at: '2026-03-02T11:00:00-05:00', kind: 'update_sent' },
          { at: '2026-03-02T12:00:00-05:00', kind: 'resolved' },
        );
        const { update } = clocksAt(enterprise, log, '2026-03-02T13:00:00-05:00').timers;
        expect(update).toMatchObject({ state: 'met', elapsedMs: HOUR, startedAt: at('2026-03-02T11:00:00-05:00') });
        expect(spansOf(update, NY)).toEqual([
          ['2026-03-02T11:00:00-05:00', '2026-03-02T12:00:00-05:00', 'working', undefined],
          ['2026-03-02T12:00:00-05:00', '2026-03-02T13:00:00-05:00', 'stopped', 'resolved'],
        ]);
      });
    });
  });

  describe('when the priority changes', () => {
    const created = { at: '2026-03-02T09:00:00+01:00', kind: 'created' as const, type: 'bug', priority: 'normal' }; // Mon

    describe('after the response stopped', () => {
      const log = events(
        created,
        { at: '2026-03-02T12:00:00+01:00', kind: 'responded' },
        { at: '2026-03-02T14:00:00+01:00', kind: 'priority_changed', priority: 'high', reason: 'phoned in' },
      );
      const { timers } = clocksAt(scope, log, '2026-03-02T15:00:00+01:00');

      it("keeps the response met against Normal's 4 h, the target it stopped under", () => {
        expect(timers.response).toMatchObject({
          state: 'met',
          isRunning: false,
          elapsedMs: 3 * HOUR, // 09:00–12:00
          targetMs: 4 * HOUR,
          targetText: '4h',
          remainingMs: HOUR,
          due: null,
          atRiskAt: at('2026-03-02T12:00:00+01:00'), // 3 h (75 %) reached at the response
          stoppedAt: at('2026-03-02T12:00:00+01:00'),
        });
      });

      it("switches the running resolution to High's 8 h, keeping its 6 h", () => {
        expect(timers.resolution).toMatchObject({ state: 'running', elapsedMs: 6 * HOUR, targetMs: 8 * HOUR, remainingMs: 2 * HOUR });
        expect(iso(timers.resolution?.due as number, AMS)).toBe('2026-03-03T09:00:00+01:00'); // Tue: 1.5 h Mon + 0.5 h Tue
      });
    });

    it('judges a response that stops after the change against the new target', () => {
      const log = events(
        created,
        { at: '2026-03-02T11:00:00+01:00', kind: 'priority_changed', priority: 'high', reason: 'phoned in' },
        { at: '2026-03-02T11:30:00+01:00', kind: 'responded' },
      );
      expect(clocksAt(scope, log, '2026-03-02T12:00:00+01:00').timers.response).toMatchObject({
        state: 'breached',
        isRunning: false,
        elapsedMs: 2.5 * HOUR, // 09:00–11:30
        targetMs: 2 * HOUR,
        remainingMs: -30 * MINUTE,
        due: at('2026-03-02T11:00:00+01:00'), // the breach moment: 2 h after 09:00
        stoppedAt: at('2026-03-02T11:30:00+01:00'),
      });
    });

    it('does not reach a response stopped at the same instant', () => {
      const log = events(
        created,
        { at: '2026-03-02T12:00:00+01:00', kind: 'priority_changed', priority: 'high', reason: 'phoned in' },
        { at: '2026-03-02T12:00:00+01:00', kind: 'responded' },
      );
      expect(clocksAt(scope, log, '2026-03-02T13:00:00+01:00').timers.response).toMatchObject({ state: 'met', elapsedMs: 3 * HOUR, targetMs: 4 * HOUR });
    });

    describe('after the resolution stopped, and the ticket is reopened', () => {
      const log = events(
        created,
        { at: '2026-03-02T09:30:00+01:00', kind: 'responded' },
        { at: '2026-03-02T12:00:00+01:00', kind: 'resolved' },
        { at: '2026-03-02T13:00:00+01:00', kind: 'priority_changed', priority: 'high', reason: 'phoned in' },
        { at: '2026-03-03T09:00:00+01:00', kind: 'reopened' }, // Tue
      );

      it("keeps the stopped resolution against Normal's 16 h", () => {
        expect(clocksAt(scope, log, '2026-03-02T14:00:00+01:00').timers.resolution).toMatchObject({
          state: 'met',
          elapsedMs: 3 * HOUR,
          targetMs: 16 * HOUR,
          remainingMs: 13 * HOUR,
        });
      });

      it("runs the reopened resolution against High's 8 h, in force now", () => {
        const { resolution } = clocksAt(scope, log, '2026-03-03T10:00:00+01:00').timers; // Tue
        expect(resolution).toMatchObject({ state: 'running', elapsedMs: 4 * HOUR, targetMs: 8 * HOUR, remainingMs: 4 * HOUR });
        expect(iso(resolution?.due as number, AMS)).toBe('2026-03-03T14:00:00+01:00');
      });
    });

    describe('on a Connect & Engage incident after it was resolved', () => {
      it('keeps the P3 update cadence it stopped under when lowered to P4, which has none', () => {
        const log = events(
          { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'incident', priority: 'p3' }, // Mon
          { at: '2026-03-02T10:00:00+01:00', kind: 'update_sent' },
          { at: '2026-03-02T11:00:00+01:00', kind: 'resolved' },
          { at: '2026-03-02T12:00:00+01:00', kind: 'priority_changed', priority: 'p4', reason: 'one user only' },
        );
        expect(clocksAt(ce, log, '2026-03-02T13:00:00+01:00').timers.update).toMatchObject({
          state: 'met',
          elapsedMs: HOUR, // 10:00–11:00
          targetMs: 120 * MINUTE,
          stoppedAt: at('2026-03-02T11:00:00+01:00'),
        });
      });

      it('carries no update cadence when it stopped under P4, even after a raise to P3', () => {
        const log = events(
          { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'incident', priority: 'p4' }, // Mon
          { at: '2026-03-02T10:00:00+01:00', kind: 'resolved' },
          { at: '2026-03-02T11:00:00+01:00', kind: 'priority_changed', priority: 'p3', reason: 'more users' },
        );
        expect(clocksAt(ce, log, '2026-03-02T12:00:00+01:00').timers.update).toBeUndefined();
      });
    });
  });
});

describe('evaluateTimer › due and at-risk moments', () => {
  // Scope4mation Normal bug: response 4 h, at risk after 3 h (75 %), business hours 08:30–16:30 Amsterdam.
  const bug = (when: string) => ({ at: when, kind: 'created', type: 'bug', priority: 'normal' }) as const;
  const note = (when: string) => ({ at: when, kind: 'note_added', note: 'n' }) as const;

  it('dates a breach that happened in an earlier stretch at the moment the target was reached, the end of the working day', () => {
    // Mon 12:30–16:30 counts 4 h; the note at 18:00 starts a stretch; Tue 08:30–09:30 adds 1 h.
    const log = events(bug('2026-03-02T12:30:00+01:00'), note('2026-03-02T18:00:00+01:00'));
    const response = clocksAt(scope, log, '2026-03-03T09:30:00+01:00').timers.response!;
    expect(response).toMatchObject({ state: 'breached', elapsedMs: 5 * HOUR });
    expect(iso(response.due!, AMS)).toBe('2026-03-02T16:30:00+01:00');
    expect(iso(response.atRiskAt!, AMS)).toBe('2026-03-02T15:30:00+01:00');
  });

  it('dates an at-risk moment reached in an earlier stretch at the end of the working day', () => {
    // Mon 13:30–16:30 counts 3 h (at risk at 16:30); Tue 08:30–09:00 adds 0.5 h: due at 09:30.
    const log = events(bug('2026-03-02T13:30:00+01:00'), note('2026-03-02T18:00:00+01:00'));
    const response = clocksAt(scope, log, '2026-03-03T09:00:00+01:00').timers.response!;
    expect(response).toMatchObject({ state: 'running', elapsedMs: 3.5 * HOUR });
    expect(iso(response.atRiskAt!, AMS)).toBe('2026-03-02T16:30:00+01:00');
    expect(iso(response.due!, AMS)).toBe('2026-03-03T09:30:00+01:00');
  });

  it('dates a breach and an at-risk moment reached in a later stretch from the time already counted', () => {
    // 09:00–11:00 counts 2 h; from 11:00 the 3 h at-risk mark is 1 h away and the 4 h target 2 h.
    const log = events(bug('2026-03-02T09:00:00+01:00'), note('2026-03-02T11:00:00+01:00'));
    const response = clocksAt(scope, log, '2026-03-02T15:00:00+01:00').timers.response!;
    expect(response).toMatchObject({ state: 'breached', elapsedMs: 6 * HOUR, fraction: 1.5 });
    expect(iso(response.due!, AMS)).toBe('2026-03-02T13:00:00+01:00');
    expect(iso(response.atRiskAt!, AMS)).toBe('2026-03-02T12:00:00+01:00');
  });

  it('projects a running timer from now: at risk and due in working time', () => {
    // 1 h counted at Mon 10:00: at risk 2 h on (12:00), due 3 h on (13:00).
    const response = clocksAt(scope, events(bug('2026-03-02T09:00:00+01:00')), '2026-03-02T10:00:00+01:00').timers.response!;
    expect(response).toMatchObject({ state: 'running', elapsedMs: HOUR, remainingMs: 3 * HOUR, fraction: 0.25 });
    expect(iso(response.atRiskAt!, AMS)).toBe('2026-03-02T12:00:00+01:00');
    expect(iso(response.due!, AMS)).toBe('2026-03-02T13:00:00+01:00');
  });

  it('keeps the at-risk moment of a timer that stopped after it, and none for one that stopped before', () => {
    const late = events(bug('2026-03-02T09:00:00+01:00'), { at: '2026-03-02T12:30:00+01:00', kind: 'responded' });
    const met = clocksAt(scope, late, '2026-03-02T15:00:00+01:00').timers.response!;
    expect(met).toMatchObject({ state: 'met', elapsedMs: 3.5 * HOUR, due: null });
    expect(iso(met.atRiskAt!, AMS)).toBe('2026-03-02T12:00:00+01:00');
    const exactly = events(bug('2026-03-02T09:00:00+01:00'), { at: '2026-03-02T12:00:00+01:00', kind: 'responded' });
    expect(iso(clocksAt(scope, exactly, '2026-03-02T15:00:00+01:00').timers.response!.atRiskAt!, AMS)).toBe('2026-03-02T12:00:00+01:00');
    const early = events(bug('2026-03-02T09:00:00+01:00'), { at: '2026-03-02T10:00:00+01:00', kind: 'responded' });
    expect(clocksAt(scope, early, '2026-03-02T15:00:00+01:00').timers.response).toMatchObject({ state: 'met', atRiskAt: null, due: null });
  });

  it('meets a response given exactly at the target, with no due moment', () => {
    const log = events(bug('2026-03-02T09:00:00+01:00'), { at: '2026-03-02T13:00:00+01:00', kind: 'responded' });
    expect(clocksAt(scope, log, '2026-03-02T15:00:00+01:00').timers.response).toMatchObject({ state: 'met', elapsedMs: 4 * HOUR, remainingMs: 0, due: null });
  });

  it('dates a stop that follows a reopening at the second stop', () => {
    const log = events(
      bug('2026-03-02T09:00:00+01:00'),
      { at: '2026-03-02T10:00:00+01:00', kind: 'resolved' },
      { at: '2026-03-02T11:00:00+01:00', kind: 'reopened' },
      { at: '2026-03-02T13:00:00+01:00', kind: 'resolved' },
    );
    const resolution = clocksAt(scope, log, '2026-03-02T15:00:00+01:00').timers.resolution!;
    expect(resolution).toMatchObject({
      state: 'met',
      elapsedMs: 3 * HOUR,
      stoppedAt: at('2026-03-02T13:00:00+01:00'),
      startedAt: at('2026-03-02T09:00:00+01:00'),
    });
  });

  it('has no timers before the ticket was created', () => {
    expect(clocksAt(scope, events(bug('2026-03-02T09:00:00+01:00')), '2026-03-02T08:00:00+01:00').timers).toEqual({});
  });

  it('traces no empty stretch for an event at now', () => {
    const log = events(bug('2026-03-02T09:00:00+01:00'), { at: '2026-03-02T10:00:00+01:00', kind: 'responded' });
    const trace = clocksAt(scope, log, '2026-03-02T10:00:00+01:00').timers.response!.trace!;
    expect(trace.map((t) => [iso(t.start, AMS), iso(t.end, AMS), t.phase, t.reason])).toEqual([
      ['2026-03-02T09:00:00+01:00', '2026-03-02T10:00:00+01:00', 'counting', 'new'],
    ]);
  });

  it('traces each later stopped stretch with the reason the timer stopped for', () => {
    const log = events(
      bug('2026-03-02T09:00:00+01:00'),
      { at: '2026-03-02T10:00:00+01:00', kind: 'responded' },
      { at: '2026-03-02T11:00:00+01:00', kind: 'resolved' },
    );
    const trace = clocksAt(scope, log, '2026-03-02T12:00:00+01:00').timers.response!.trace!;
    expect(trace.map((t) => [iso(t.start, AMS), t.phase, t.reason])).toEqual([
      ['2026-03-02T09:00:00+01:00', 'counting', 'new'],
      ['2026-03-02T10:00:00+01:00', 'stopped', 'responded'],
      ['2026-03-02T11:00:00+01:00', 'stopped', 'responded'],
    ]);
  });

  it('dates the at-risk moment on the calendar of the stretch where it is reached (C&E P3 raised to P1, 24×7)', () => {
    // P3's update cadence counts business hours (until 17:00); P1's 15 min run round the clock.
    // 5 min counted under P3 (16:50–16:55); at risk after 11.25 min, due after 15 min: 17:01:15 and 17:05.
    const log = events(
      { at: '2026-03-02T16:50:00+01:00', kind: 'created', type: 'incident', priority: 'p3' },
      { at: '2026-03-02T16:55:00+01:00', kind: 'priority_changed', priority: 'p1' },
    );
    const update = clocksAt(ce, log, '2026-03-02T17:10:00+01:00').timers.update!;
    expect(update).toMatchObject({ state: 'breached', elapsedMs: 20 * MINUTE, targetMs: 15 * MINUTE });
    expect(iso(update.atRiskAt!, AMS)).toBe('2026-03-02T17:01:15+01:00');
    expect(iso(update.due!, AMS)).toBe('2026-03-02T17:05:00+01:00');
  });

  it('keeps no trace of a timer that starts over unless asked (Connect & Engage P1 update cadence)', () => {
    const log = events(
      { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'incident', priority: 'p1' },
      { at: '2026-03-02T09:10:00+01:00', kind: 'update_sent' },
    );
    const untraced = ticketClocks(ce, log, at('2026-03-02T09:20:00+01:00')).timers.update!;
    expect(untraced).toMatchObject({ state: 'running', elapsedMs: 10 * MINUTE, trace: null });
  });
});
