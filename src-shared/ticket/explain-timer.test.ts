import { describe, expect, it } from 'vitest';
import { at, iso } from '../test-support/instants';
import { clocksAt, events, planOf } from '../test-support/ticket';
import type { TimerResult } from './evaluate-timer';
import { explainTimer, projectTimer } from './explain-timer';
import { ticketClocks } from './ticket-clocks';

// Projected spans: from now up to a running timer's due moment. Worked out by hand from SPEC.md
// §1 and §4 (Scope4mation 08:30–16:30 Europe/Amsterdam, Dutch holidays).

const AMS = 'Europe/Amsterdam';
const scope = planOf('scope4mation', 'support');

function rows(spans: ReturnType<typeof explainTimer>): [string, string, string, string | undefined, boolean][] {
  return spans.map((s) => [iso(s.start, AMS), iso(s.end, AMS), s.reason, s.detail, s.isProjected === true]);
}

describe('explainTimer with a projection', () => {
  describe('a Normal ticket registered on the Friday before King’s Day, looked at the moment it is registered', () => {
    const now = '2026-04-24T16:00:00+02:00'; // Fri
    const log = events({ at: now, kind: 'created', type: 'bug', priority: 'normal' });
    const response = clocksAt(scope, log, now).timers.response as TimerResult;

    it('has nothing behind it yet', () => {
      expect(explainTimer(response)).toEqual([]);
    });

    it('shows the 4 hours still to come up to the due moment: the night, the weekend, King’s Day by name', () => {
      expect(rows(explainTimer(response, at(now)))).toEqual([
        ['2026-04-24T16:00:00+02:00', '2026-04-24T16:30:00+02:00', 'working', undefined, true],
        ['2026-04-24T16:30:00+02:00', '2026-04-25T00:00:00+02:00', 'night', undefined, true],
        ['2026-04-25T00:00:00+02:00', '2026-04-27T00:00:00+02:00', 'weekend', undefined, true], // Sat, Sun
        ['2026-04-27T00:00:00+02:00', '2026-04-28T00:00:00+02:00', 'holiday', "King's Day", true], // Mon
        ['2026-04-28T00:00:00+02:00', '2026-04-28T08:30:00+02:00', 'night', undefined, true],
        ['2026-04-28T08:30:00+02:00', '2026-04-28T12:00:00+02:00', 'working', undefined, true], // Tue, due 12:00
      ]);
    });

    it("gives the holiday's local date, so a screen can name it in its own language", () => {
      expect(explainTimer(response, at(now)).find((s) => s.reason === 'holiday')?.holidayDate).toBe('2026-04-27');
    });

    it('counts exactly the time left in the projected working spans', () => {
      const ahead = projectTimer(response, at(now)).filter((s) => s.isCounted);
      expect(ahead.reduce((sum, s) => sum + s.end - s.start, 0)).toBe(response.remainingMs);
    });
  });

  describe('a timer partly used', () => {
    const log = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }); // Mon
    const now = '2026-03-02T11:00:00+01:00';
    const response = clocksAt(scope, log, now).timers.response as TimerResult;

    it('keeps the past and the projection apart where both count', () => {
      expect(rows(explainTimer(response, at(now)))).toEqual([
        ['2026-03-02T09:00:00+01:00', '2026-03-02T11:00:00+01:00', 'working', undefined, false],
        ['2026-03-02T11:00:00+01:00', '2026-03-02T13:00:00+01:00', 'working', undefined, true],
      ]);
    });
  });

  describe('timers with nothing ahead', () => {
    it('projects nothing for a paused timer', () => {
      const log = events(
        { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }, // Mon
        { at: '2026-03-02T09:30:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
      );
      const resolution = clocksAt(scope, log, '2026-03-02T10:00:00+01:00').timers.resolution as TimerResult;
      expect(projectTimer(resolution, at('2026-03-02T10:00:00+01:00'))).toEqual([]);
    });
    it('projects nothing for a breached timer', () => {
      const log = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }); // Mon
      const response = clocksAt(scope, log, '2026-03-02T14:00:00+01:00').timers.response as TimerResult;
      expect(response.state).toBe('breached');
      expect(projectTimer(response, at('2026-03-02T14:00:00+01:00'))).toEqual([]);
    });
    it('projects nothing for a met timer', () => {
      const log = events(
        { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }, // Mon
        { at: '2026-03-02T09:30:00+01:00', kind: 'responded' },
      );
      const response = clocksAt(scope, log, '2026-03-02T10:00:00+01:00').timers.response as TimerResult;
      expect(projectTimer(response, at('2026-03-02T10:00:00+01:00'))).toEqual([]);
    });
  });
});

describe('explainTimer and projectTimer on their edges', () => {
  const log = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }); // Mon
  it('explain nothing behind a timer evaluated without its trace', () => {
    const response = ticketClocks(scope, log, at('2026-03-02T10:00:00+01:00')).timers.response!;
    expect(explainTimer(response)).toEqual([]);
  });
  it('project nothing for a timer that does not run, whatever its due moment', () => {
    const response = clocksAt(scope, log, '2026-03-02T10:00:00+01:00').timers.response!; // due 13:00
    expect(projectTimer(response, at('2026-03-02T10:00:00+01:00'))).not.toEqual([]);
    expect(projectTimer({ ...response, isRunning: false }, at('2026-03-02T10:00:00+01:00'))).toEqual([]);
  });
});
