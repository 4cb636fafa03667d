import { describe, expect, it } from 'vitest';
import { at, HOUR, iso, MINUTE } from '../test-support/instants';
import { clocksAt, events, planOf } from '../test-support/ticket';
import type { TimerResult } from './evaluate-timer';
import { explainTimer } from './explain-timer';

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
