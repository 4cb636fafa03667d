import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../test-support/instants';
import { answerQuery, SlaContext, type Answer } from './answer-query';

/**
 * The `sla` command's answers, field by field. Every expected value is worked out by hand from
 * the calendars of SPEC.md (Scope4mation 08:30–16:30 and C&E 08:30–17:00 Europe/Amsterdam with
 * NL public holidays; Konneqt Enterprise 09:00–17:00 America/New_York and Basic 08:00–20:00
 * UTC−3 with US public holidays; 24/7 in UTC). The working in the comments is the check.
 */

type Reason = 'working' | 'night' | 'weekend' | 'holiday' | 'closure' | 'paused' | 'pending' | 'stopped';

interface SpanOut {
  readonly from: string;
  readonly to: string;
  readonly counted: boolean;
  readonly reason: Reason;
  readonly detail?: string;
  readonly ms: number;
}

interface TimerOut {
  readonly state: string;
  readonly isRunning: boolean;
  readonly elapsedMs: number;
  readonly targetMs: number;
  readonly target: string;
  readonly remainingMs: number;
  readonly fraction: number;
  readonly due: string | null;
  readonly atRiskAt: string | null;
  readonly startedAt: string | null;
  readonly stoppedAt: string | null;
  readonly calendar: string;
  readonly explanation?: readonly SpanOut[];
}

interface TicketAnswer {
  readonly status: string;
  readonly priority: string | null;
  readonly timers: Readonly<Record<string, TimerOut>>;
}

const context = new SlaContext();
const ask = (query: unknown): Answer => answerQuery(context, query);

/** A span as the answer writes it: only working time counts; `ms` is written out by hand. */
const span = (from: string, to: string, reason: Reason, ms: number, detail?: string): SpanOut => ({
  from,
  to,
  counted: reason === 'working',
  reason,
  ...(detail === undefined ? {} : { detail }),
  ms,
});

/** The empty spans (no time, or `from` equal to `to`) of every explained timer: there must be none. */
function emptySpans(answer: Answer): string[] {
  const { timers } = answer as unknown as TicketAnswer;
  return Object.entries(timers).flatMap(([kind, timer]) =>
    (timer.explanation ?? []).filter((s) => s.ms <= 0 || s.from === s.to).map((s) => `${kind}: ${s.reason} ${s.from} → ${s.to}`),
  );
}

describe('answerQuery, ticket answers field by field', () => {
  describe("Scope4mation Support: a Normal bug that waits for the customer over the weekend and King's Day, then is resolved and closed", () => {
    const query = {
      op: 'ticket',
      policy: 'scope4mation',
      plan: 'support',
      now: '2026-04-30T12:00:00+02:00', // Thu
      explain: true,
      ticket: {
        type: 'bug',
        priority: 'normal',
        environment: 'production',
        events: [
          { at: '2026-04-23T14:00:00+02:00', kind: 'created', number: 'T-1001', title: 'Export fails', channel: 'portal' }, // Thu
          { at: '2026-04-23T15:00:00+02:00', kind: 'responded', by: 'anna' }, // Thu
          { at: '2026-04-23T15:00:00+02:00', kind: 'status_changed', status: 'in_progress' },
          { at: '2026-04-24T10:00:00+02:00', kind: 'status_changed', status: 'waiting_for_customer' }, // Fri
          { at: '2026-04-28T09:30:00+02:00', kind: 'status_changed', status: 'in_progress' }, // Tue (Mon 27 is King's Day)
          { at: '2026-04-29T11:00:00+02:00', kind: 'resolved' }, // Wed
          { at: '2026-04-30T09:00:00+02:00', kind: 'status_changed', status: 'closed' }, // Thu
        ],
      },
    };

    it('answers the status, the priority and exactly the response, resolution and reply timers', () => {
      const answer = ask(query) as unknown as TicketAnswer;
      expect(answer.status).toBe('closed');
      expect(answer.priority).toBe('normal');
      expect(Object.keys(answer.timers).sort()).toEqual(['reply', 'resolution', 'response']);
    });

    const response: TimerOut = {
      state: 'met',
      isRunning: false,
      elapsedMs: HOUR, // Thu 14:00–15:00
      targetMs: 4 * HOUR,
      target: '4h',
      remainingMs: 3 * HOUR,
      fraction: 0.25,
      due: null,
      atRiskAt: null, // 3 h (75 %) never reached
      startedAt: '2026-04-23T14:00:00+02:00', // Thu
      stoppedAt: '2026-04-23T15:00:00+02:00', // Thu
      calendar: 'scope4mation-office',
      explanation: [
        span('2026-04-23T14:00:00+02:00', '2026-04-23T15:00:00+02:00', 'working', HOUR),
        // What stopped it is the response: resolving and closing later change nothing.
        span('2026-04-23T15:00:00+02:00', '2026-04-30T12:00:00+02:00', 'stopped', 7 * 24 * HOUR - 3 * HOUR, 'responded'), // Thu → Thu
      ],
    };
    const resolution: TimerOut = {
      state: 'met',
      isRunning: false,
      // Thu 14:00–16:30 2.5 h, Fri 08:30–10:00 1.5 h, (paused), Tue 09:30–16:30 7 h, Wed 08:30–11:00 2.5 h
      elapsedMs: 13.5 * HOUR,
      targetMs: 16 * HOUR,
      target: '16h',
      remainingMs: 2.5 * HOUR,
      fraction: 0.8438, // 0.84375, rounded to four places
      due: null,
      atRiskAt: '2026-04-29T09:30:00+02:00', // Wed: 12 h = 4 h before the wait + 7 h Tue + 1 h Wed
      startedAt: '2026-04-23T14:00:00+02:00', // Thu
      stoppedAt: '2026-04-29T11:00:00+02:00', // Wed, resolved
      calendar: 'scope4mation-office',
      explanation: [
        span('2026-04-23T14:00:00+02:00', '2026-04-23T16:30:00+02:00', 'working', 2.5 * HOUR), // Thu
        span('2026-04-23T16:30:00+02:00', '2026-04-24T08:30:00+02:00', 'night', 16 * HOUR),
        span('2026-04-24T08:30:00+02:00', '2026-04-24T10:00:00+02:00', 'working', 1.5 * HOUR), // Fri
        span('2026-04-24T10:00:00+02:00', '2026-04-28T09:30:00+02:00', 'paused', 95.5 * HOUR, 'waiting_for_customer'), // Fri → Tue
        span('2026-04-28T09:30:00+02:00', '2026-04-28T16:30:00+02:00', 'working', 7 * HOUR), // Tue
        span('2026-04-28T16:30:00+02:00', '2026-04-29T08:30:00+02:00', 'night', 16 * HOUR),
        span('2026-04-29T08:30:00+02:00', '2026-04-29T11:00:00+02:00', 'working', 2.5 * HOUR), // Wed
        // What stopped it is the resolution; closing the ticket the next day does not.
        span('2026-04-29T11:00:00+02:00', '2026-04-30T12:00:00+02:00', 'stopped', 25 * HOUR, 'resolved'), // Wed → Thu
      ],
    };

    it('answers the response timer: met after 1 h of 4 h', () => {
      const { timers } = ask(query) as unknown as TicketAnswer;
      expect(timers['response']).toStrictEqual(response);
    });

    it('answers the resolution timer: 13.5 h of 16 h, paused while waiting, at risk at 12 h', () => {
      const { timers } = ask(query) as unknown as TicketAnswer;
      expect(timers['resolution']).toStrictEqual(resolution);
    });

    it('names what stopped the response and the resolution on their whole stopped stretch, not the later resolving and closing', () => {
      const { timers } = ask(query) as unknown as TicketAnswer;
      expect(timers['response']?.explanation).toStrictEqual(response.explanation);
      expect(timers['resolution']?.explanation).toStrictEqual(resolution.explanation);
    });

    it('answers the reply term: 7.5 h of 10 business days, stopped when the customer replied', () => {
      const { timers } = ask(query) as unknown as TicketAnswer;
      expect(timers['reply']).toStrictEqual({
        state: 'met',
        isRunning: false,
        elapsedMs: 7.5 * HOUR, // Fri 10:00–16:30 6.5 h, (weekend, King's Day), Tue 08:30–09:30 1 h
        targetMs: 80 * HOUR, // 10 × 8 h
        target: '10bd',
        remainingMs: 72.5 * HOUR,
        fraction: 0.0938, // 0.09375
        due: null,
        atRiskAt: null, // 60 h never reached
        startedAt: '2026-04-24T10:00:00+02:00', // Fri
        stoppedAt: '2026-04-28T09:30:00+02:00', // Tue
        calendar: 'scope4mation-office',
        explanation: [
          span('2026-04-24T10:00:00+02:00', '2026-04-24T16:30:00+02:00', 'working', 6.5 * HOUR), // Fri
          span('2026-04-24T16:30:00+02:00', '2026-04-25T00:00:00+02:00', 'night', 7.5 * HOUR),
          span('2026-04-25T00:00:00+02:00', '2026-04-27T00:00:00+02:00', 'weekend', 48 * HOUR), // Sat, Sun
          span('2026-04-27T00:00:00+02:00', '2026-04-28T00:00:00+02:00', 'holiday', 24 * HOUR, "King's Day"), // Mon
          span('2026-04-28T00:00:00+02:00', '2026-04-28T08:30:00+02:00', 'night', 8.5 * HOUR), // Tue
          span('2026-04-28T08:30:00+02:00', '2026-04-28T09:30:00+02:00', 'working', HOUR),
          span('2026-04-28T09:30:00+02:00', '2026-04-30T12:00:00+02:00', 'stopped', 50.5 * HOUR, 'customer replied'), // Tue → Thu
        ],
      });
    });

    it('explains without an empty span', () => {
      expect(emptySpans(ask(query))).toEqual([]);
    });
  });

  describe('Scope4mation QaaS: SaaS unavailable on a Saturday night (24/7), downgraded to High (office hours)', () => {
    const query = {
      op: 'ticket',
      policy: 'scope4mation',
      plan: 'qaas',
      now: '2026-03-09T12:00:00+01:00', // Mon
      explain: true,
      ticket: {
        type: 'disruption',
        events: [
          { at: '2026-03-07T22:00:00+01:00', kind: 'created', priority: 'saas_unavailable', channel: 'monitoring' }, // Sat
          { at: '2026-03-07T22:10:00+01:00', kind: 'responded' },
          { at: '2026-03-07T22:10:00+01:00', kind: 'status_changed', status: 'in_progress' },
          { at: '2026-03-07T23:30:00+01:00', kind: 'priority_changed', priority: 'high', reason: 'service back, degraded' },
        ],
      },
    };

    it('answers every field of both timers, each stretch counted on the calendar of its priority', () => {
      const answer = ask(query);
      expect(answer).toStrictEqual({
        status: 'in_progress',
        priority: 'high',
        timers: {
          // Stopped before the downgrade: judged against the 15 min on 24/7 it stopped under, so in UTC.
          response: {
            state: 'met',
            isRunning: false,
            elapsedMs: 10 * MINUTE, // Sat 22:00–22:10 on 24/7
            targetMs: 15 * MINUTE, // SaaS unavailable, in force when it stopped
            target: '15m',
            remainingMs: 5 * MINUTE,
            fraction: 0.6667, // 10 / 15
            due: null,
            atRiskAt: null, // 11 min 15 s (75 %) never reached
            startedAt: '2026-03-07T21:00:00Z', // Sat 22:00 in Amsterdam
            stoppedAt: '2026-03-07T21:10:00Z', // Sat 22:10
            calendar: '24x7',
            explanation: [
              span('2026-03-07T21:00:00Z', '2026-03-07T21:10:00Z', 'working', 10 * MINUTE),
              span('2026-03-07T21:10:00Z', '2026-03-09T11:00:00Z', 'stopped', 37 * HOUR + 50 * MINUTE, 'responded'), // Sat → Mon 12:00 in Amsterdam
            ],
          },
          resolution: {
            state: 'running',
            isRunning: true,
            elapsedMs: 5 * HOUR, // Sat 22:00–23:30 1.5 h on 24/7, Mon 08:30–12:00 3.5 h in office hours
            targetMs: 8 * HOUR,
            target: '8h',
            remainingMs: 3 * HOUR,
            fraction: 0.625,
            due: '2026-03-09T15:00:00+01:00', // Mon 12:00 + 3 h
            atRiskAt: '2026-03-09T13:00:00+01:00', // Mon: 6 h = 5 h + 1 h
            startedAt: '2026-03-07T22:00:00+01:00', // Sat
            stoppedAt: null,
            calendar: 'scope4mation-office',
            explanation: [
              span('2026-03-07T22:00:00+01:00', '2026-03-07T23:30:00+01:00', 'working', 1.5 * HOUR), // Sat, 24/7
              span('2026-03-07T23:30:00+01:00', '2026-03-09T00:00:00+01:00', 'weekend', 24.5 * HOUR), // Sat → Mon, office hours
              span('2026-03-09T00:00:00+01:00', '2026-03-09T08:30:00+01:00', 'night', 8.5 * HOUR),
              span('2026-03-09T08:30:00+01:00', '2026-03-09T12:00:00+01:00', 'working', 3.5 * HOUR), // Mon
            ],
          },
        },
      });
      expect(emptySpans(answer)).toEqual([]);
    });
  });

  describe('Scope4mation Support: a question about the test environment (Low by default) over Easter', () => {
    const query = {
      op: 'ticket',
      policy: 'scope4mation',
      plan: 'support',
      now: '2026-04-07T10:00:00+02:00', // Tue
      ticket: { type: 'question', environment: 'test', events: [{ at: '2026-04-02T15:00:00+02:00', kind: 'created' }] }, // Thu
    };

    it('counts Good Friday, skips Easter Monday, and gives the breach moment as due', () => {
      expect(ask(query)).toStrictEqual({
        status: 'new',
        priority: 'low',
        timers: {
          response: {
            state: 'breached',
            isRunning: true,
            elapsedMs: 11 * HOUR, // Thu 15:00–16:30 1.5 h, Fri 8 h, (Mon holiday), Tue 08:30–10:00 1.5 h
            targetMs: 8 * HOUR,
            target: '8h',
            remainingMs: -3 * HOUR,
            fraction: 1.375,
            due: '2026-04-03T15:00:00+02:00', // Fri (Good Friday): 1.5 h Thu + 6.5 h
            atRiskAt: '2026-04-03T13:00:00+02:00', // Fri: 6 h = 1.5 h Thu + 4.5 h
            startedAt: '2026-04-02T15:00:00+02:00', // Thu
            stoppedAt: null,
            calendar: 'scope4mation-office',
          },
          resolution: {
            state: 'running',
            isRunning: true,
            elapsedMs: 11 * HOUR,
            targetMs: 32 * HOUR,
            target: '32h',
            remainingMs: 21 * HOUR,
            fraction: 0.3438, // 0.34375
            due: '2026-04-09T15:00:00+02:00', // Thu: 21 h = Tue 6.5 h + Wed 8 h + Thu 6.5 h
            atRiskAt: '2026-04-08T15:00:00+02:00', // Wed: 24 h = 11 h + Tue 6.5 h + Wed 6.5 h
            startedAt: '2026-04-02T15:00:00+02:00', // Thu
            stoppedAt: null,
            calendar: 'scope4mation-office',
          },
        },
      });
    });
  });

  describe('Scope4mation Support: a High bug waiting for the customer across the change to summer time and Easter', () => {
    const events = [
      { at: '2026-03-26T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'high', channel: 'phone' }, // Thu
      { at: '2026-03-26T09:30:00+01:00', kind: 'responded' },
      { at: '2026-03-26T09:30:00+01:00', kind: 'status_changed', status: 'in_progress' },
      { at: '2026-03-26T10:00:00+01:00', kind: 'call_logged', callId: 'C-1', purpose: 'clarify' },
      { at: '2026-03-26T11:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
    ];
    const response = {
      state: 'met',
      isRunning: false,
      elapsedMs: 30 * MINUTE,
      targetMs: 2 * HOUR,
      target: '2h',
      remainingMs: 90 * MINUTE,
      fraction: 0.25,
      due: null,
      atRiskAt: null,
      startedAt: '2026-03-26T09:00:00+01:00', // Thu
      stoppedAt: '2026-03-26T09:30:00+01:00', // Thu
      calendar: 'scope4mation-office',
    };
    const resolution = {
      state: 'paused',
      isRunning: false,
      elapsedMs: 2 * HOUR, // Thu 09:00–11:00
      targetMs: 8 * HOUR,
      target: '8h',
      remainingMs: 6 * HOUR,
      fraction: 0.25,
      due: null,
      atRiskAt: null, // 6 h not reached
      startedAt: '2026-03-26T09:00:00+01:00', // Thu
      stoppedAt: null,
      calendar: 'scope4mation-office',
    };

    it('runs the reply term 8 h a day on the day the clocks go forward (Tuesday after)', () => {
      const answer = ask({ op: 'ticket', policy: 'scope4mation', now: '2026-03-31T12:00:00+02:00', explain: true, ticket: { events } }); // Tue
      expect(answer).toStrictEqual({
        status: 'waiting_for_customer',
        priority: 'high',
        timers: {
          response: {
            ...response,
            explanation: [
              span('2026-03-26T09:00:00+01:00', '2026-03-26T09:30:00+01:00', 'working', 30 * MINUTE),
              span('2026-03-26T09:30:00+01:00', '2026-03-31T12:00:00+02:00', 'stopped', 121.5 * HOUR, 'responded'), // Thu → Tue, one hour less in real time
            ],
          },
          resolution: {
            ...resolution,
            explanation: [
              span('2026-03-26T09:00:00+01:00', '2026-03-26T11:00:00+01:00', 'working', 2 * HOUR),
              span('2026-03-26T11:00:00+01:00', '2026-03-31T12:00:00+02:00', 'paused', 120 * HOUR, 'waiting_for_customer'),
            ],
          },
          reply: {
            state: 'running',
            isRunning: true,
            elapsedMs: 25 * HOUR, // Thu 11:00–16:30 5.5 h, Fri 8 h, Mon 8 h, Tue 08:30–12:00 3.5 h
            targetMs: 80 * HOUR,
            target: '10bd',
            remainingMs: 55 * HOUR,
            fraction: 0.3125,
            // 55 h: Tue 4.5, Wed 1 Apr 8, Thu 2 Apr 8, Fri 3 Apr (Good Friday) 8, Mon 6 Apr Easter Monday, Tue 7 8, Wed 8 8, Thu 9 8, Fri 10 2.5
            due: '2026-04-10T11:00:00+02:00', // Fri
            // 60 h: 35 h after Tue 12:00 = Tue 4.5, Wed 8, Thu 8, Fri 8, Tue 7 Apr 6.5
            atRiskAt: '2026-04-07T15:00:00+02:00', // Tue
            startedAt: '2026-03-26T11:00:00+01:00', // Thu
            stoppedAt: null,
            calendar: 'scope4mation-office',
            explanation: [
              span('2026-03-26T11:00:00+01:00', '2026-03-26T16:30:00+01:00', 'working', 5.5 * HOUR), // Thu
              span('2026-03-26T16:30:00+01:00', '2026-03-27T08:30:00+01:00', 'night', 16 * HOUR),
              span('2026-03-27T08:30:00+01:00', '2026-03-27T16:30:00+01:00', 'working', 8 * HOUR), // Fri
              span('2026-03-27T16:30:00+01:00', '2026-03-28T00:00:00+01:00', 'night', 7.5 * HOUR),
              span('2026-03-28T00:00:00+01:00', '2026-03-30T00:00:00+02:00', 'weekend', 47 * HOUR), // Sat, Sun (23 h: clocks go forward)
              span('2026-03-30T00:00:00+02:00', '2026-03-30T08:30:00+02:00', 'night', 8.5 * HOUR), // Mon
              span('2026-03-30T08:30:00+02:00', '2026-03-30T16:30:00+02:00', 'working', 8 * HOUR),
              span('2026-03-30T16:30:00+02:00', '2026-03-31T08:30:00+02:00', 'night', 16 * HOUR),
              span('2026-03-31T08:30:00+02:00', '2026-03-31T12:00:00+02:00', 'working', 3.5 * HOUR), // Tue
            ],
          },
        },
      });
      expect(emptySpans(answer)).toEqual([]);
    });

    it('keeps the same due and at-risk instants a week later, after Good Friday (counted) and Easter Monday (not)', () => {
      const answer = ask({ op: 'ticket', policy: 'scope4mation', now: '2026-04-08T12:00:00+02:00', ticket: { events } }); // Wed
      expect(answer).toStrictEqual({
        status: 'waiting_for_customer',
        priority: 'high',
        timers: {
          response,
          resolution,
          reply: {
            state: 'running',
            isRunning: true,
            elapsedMs: 65 * HOUR, // 25 h by Tue 31 Mar 12:00, + 4.5 + 8 + 8 + 8 (Good Friday) + 8 (Tue 7) + 3.5 (Wed 8)
            targetMs: 80 * HOUR,
            target: '10bd',
            remainingMs: 15 * HOUR,
            fraction: 0.8125,
            due: '2026-04-10T11:00:00+02:00', // Fri: Wed 4.5, Thu 8, Fri 2.5
            atRiskAt: '2026-04-07T15:00:00+02:00', // Tue
            startedAt: '2026-03-26T11:00:00+01:00', // Thu
            stoppedAt: null,
            calendar: 'scope4mation-office',
          },
        },
      });
    });
  });

  describe('Scope4mation QaaS: a Normal question resolved, reopened, and running over Ascension Day', () => {
    const query = {
      op: 'ticket',
      policy: 'scope4mation',
      plan: 'qaas',
      now: '2026-05-15T10:00:00+02:00', // Fri
      explain: true,
      ticket: {
        type: 'question',
        priority: 'normal',
        events: [
          { at: '2026-05-11T10:00:00+02:00', kind: 'created', channel: 'email' }, // Mon
          { at: '2026-05-11T10:30:00+02:00', kind: 'responded' },
          { at: '2026-05-11T10:30:00+02:00', kind: 'status_changed', status: 'in_progress' },
          { at: '2026-05-11T14:00:00+02:00', kind: 'resolved' },
          { at: '2026-05-13T09:00:00+02:00', kind: 'reopened', note: 'still broken' }, // Wed
        ],
      },
    };

    it('resumes the resolution timer from its elapsed time', () => {
      const { status, priority, timers } = ask(query) as unknown as TicketAnswer;
      expect({ status, priority }).toEqual({ status: 'in_progress', priority: 'normal' });
      expect(Object.keys(timers).sort()).toEqual(['resolution', 'response']);
      expect(timers['resolution']).toStrictEqual({
        state: 'running',
        isRunning: true,
        elapsedMs: 13 * HOUR, // Mon 10:00–14:00 4 h, (resolved), Wed 09:00–16:30 7.5 h, (Thu Ascension), Fri 08:30–10:00 1.5 h
        targetMs: 16 * HOUR,
        target: '16h',
        remainingMs: 3 * HOUR,
        fraction: 0.8125,
        due: '2026-05-15T13:00:00+02:00', // Fri 10:00 + 3 h
        atRiskAt: '2026-05-15T09:00:00+02:00', // Fri: 12 h = 4 h + 7.5 h + 0.5 h
        startedAt: '2026-05-11T10:00:00+02:00', // Mon
        stoppedAt: null,
        calendar: 'scope4mation-office',
        explanation: [
          span('2026-05-11T10:00:00+02:00', '2026-05-11T14:00:00+02:00', 'working', 4 * HOUR), // Mon
          span('2026-05-11T14:00:00+02:00', '2026-05-13T09:00:00+02:00', 'stopped', 43 * HOUR, 'resolved'), // Mon → Wed
          span('2026-05-13T09:00:00+02:00', '2026-05-13T16:30:00+02:00', 'working', 7.5 * HOUR), // Wed
          span('2026-05-13T16:30:00+02:00', '2026-05-14T00:00:00+02:00', 'night', 7.5 * HOUR),
          span('2026-05-14T00:00:00+02:00', '2026-05-15T00:00:00+02:00', 'holiday', 24 * HOUR, 'Ascension Day'), // Thu
          span('2026-05-15T00:00:00+02:00', '2026-05-15T08:30:00+02:00', 'night', 8.5 * HOUR), // Fri
          span('2026-05-15T08:30:00+02:00', '2026-05-15T10:00:00+02:00', 'working', 1.5 * HOUR),
        ],
      });
      expect(emptySpans(ask(query))).toEqual([]);
    });

    const response: TimerOut = {
      state: 'met',
      isRunning: false,
      elapsedMs: 30 * MINUTE,
      targetMs: 4 * HOUR,
      target: '4h',
      remainingMs: 3.5 * HOUR,
      fraction: 0.125,
      due: null,
      atRiskAt: null,
      startedAt: '2026-05-11T10:00:00+02:00', // Mon
      stoppedAt: '2026-05-11T10:30:00+02:00', // Mon
      calendar: 'scope4mation-office',
      explanation: [
        span('2026-05-11T10:00:00+02:00', '2026-05-11T10:30:00+02:00', 'working', 30 * MINUTE),
        span('2026-05-11T10:30:00+02:00', '2026-05-15T10:00:00+02:00', 'stopped', 95.5 * HOUR, 'responded'), // Mon → Fri
      ],
    };

    it('keeps the response met, stopped by the response', () => {
      const { timers } = ask(query) as unknown as TicketAnswer;
      expect(timers['response']).toStrictEqual(response);
    });

    it('names the response as what stopped the response timer after the ticket was resolved', () => {
      const { timers } = ask(query) as unknown as TicketAnswer;
      expect(timers['response']?.explanation).toStrictEqual(response.explanation);
    });
  });

  describe('Connect & Engage: a P1 incident at night, status updates every 15 minutes around the clock', () => {
    it('restarts the cadence at each update and answers 24/7 instants in UTC', () => {
      const answer = ask({
        op: 'ticket',
        policy: 'connect-engage',
        plan: 'standard',
        now: '2026-06-07T03:50:00+02:00', // Sun
        explain: true,
        ticket: {
          type: 'incident',
          priority: 'p1',
          events: [
            { at: '2026-06-07T03:00:00+02:00', kind: 'created', channel: 'monitoring' }, // Sun
            { at: '2026-06-07T03:12:00+02:00', kind: 'update_sent' },
            { at: '2026-06-07T03:27:00+02:00', kind: 'update_sent' },
          ],
        },
      });
      expect(answer).toStrictEqual({
        status: 'new',
        priority: 'p1',
        timers: {
          update: {
            state: 'breached',
            isRunning: true,
            elapsedMs: 23 * MINUTE, // 03:27–03:50
            targetMs: 15 * MINUTE,
            target: '15m',
            remainingMs: -8 * MINUTE,
            fraction: 1.5333, // 23 / 15
            due: '2026-06-07T01:42:00Z', // Sun 03:42 in Amsterdam
            atRiskAt: '2026-06-07T01:38:15Z', // 75 % of 15 min = 11 min 15 s after 03:27
            startedAt: '2026-06-07T01:27:00Z',
            stoppedAt: null,
            calendar: '24x7',
            explanation: [span('2026-06-07T01:27:00Z', '2026-06-07T01:50:00Z', 'working', 23 * MINUTE)],
          },
        },
      });
    });
  });

  describe('Connect & Engage: a P1 incident downgraded to P3 on Christmas Eve', () => {
    it('counts 10 min on 24/7, then business hours, and skips Christmas Day and the weekend', () => {
      const answer = ask({
        op: 'ticket',
        policy: 'connect-engage',
        now: '2026-12-28T09:30:00+01:00', // Mon
        explain: true,
        ticket: {
          type: 'incident',
          events: [
            { at: '2026-12-24T15:00:00+01:00', kind: 'created', priority: 'p1' }, // Thu
            { at: '2026-12-24T15:10:00+01:00', kind: 'update_sent' },
            { at: '2026-12-24T15:20:00+01:00', kind: 'priority_changed', priority: 'p3', reason: 'one product only' },
          ],
        },
      });
      expect(answer).toStrictEqual({
        status: 'new',
        priority: 'p3',
        timers: {
          update: {
            state: 'breached',
            isRunning: true,
            elapsedMs: 170 * MINUTE, // Thu 15:10–15:20 on 24/7, Thu 15:20–17:00, Mon 08:30–09:30
            targetMs: 120 * MINUTE,
            target: '120m',
            remainingMs: -50 * MINUTE,
            fraction: 1.4167, // 170 / 120
            due: '2026-12-28T08:40:00+01:00', // Mon: 10 + 100 min by Thu 17:00, 10 min more
            atRiskAt: '2026-12-24T16:40:00+01:00', // Thu: 90 min = 10 + 80
            startedAt: '2026-12-24T15:10:00+01:00', // Thu
            stoppedAt: null,
            calendar: 'connect-engage-business',
            explanation: [
              span('2026-12-24T15:10:00+01:00', '2026-12-24T17:00:00+01:00', 'working', 110 * MINUTE), // Thu
              span('2026-12-24T17:00:00+01:00', '2026-12-25T00:00:00+01:00', 'night', 7 * HOUR),
              span('2026-12-25T00:00:00+01:00', '2026-12-26T00:00:00+01:00', 'holiday', 24 * HOUR, 'Christmas Day'), // Fri
              // Boxing Day falls on the Saturday: a day without hours stays a weekend day.
              span('2026-12-26T00:00:00+01:00', '2026-12-28T00:00:00+01:00', 'weekend', 48 * HOUR), // Sat, Sun
              span('2026-12-28T00:00:00+01:00', '2026-12-28T08:30:00+01:00', 'night', 8.5 * HOUR), // Mon
              span('2026-12-28T08:30:00+01:00', '2026-12-28T09:30:00+01:00', 'working', HOUR),
            ],
          },
        },
      });
      expect(emptySpans(answer)).toEqual([]);
    });
  });

  describe('Connect & Engage: support requests', () => {
    it('breaches a High request answered on Monday after a Friday-afternoon call; waiting for the customer does not pause it', () => {
      const answer = ask({
        op: 'ticket',
        policy: 'connect-engage',
        now: '2026-07-06T12:00:00+02:00', // Mon
        explain: true,
        ticket: {
          type: 'request',
          priority: 'high',
          events: [
            { at: '2026-07-03T16:30:00+02:00', kind: 'created', channel: 'phone' }, // Fri
            { at: '2026-07-03T16:45:00+02:00', kind: 'status_changed', status: 'waiting_for_customer' },
            { at: '2026-07-06T09:15:00+02:00', kind: 'responded' }, // Mon
          ],
        },
      });
      expect(answer).toStrictEqual({
        status: 'waiting_for_customer',
        priority: 'high',
        timers: {
          response: {
            state: 'breached',
            isRunning: false,
            elapsedMs: 75 * MINUTE, // Fri 16:30–17:00, Mon 08:30–09:15
            targetMs: HOUR,
            target: '1h',
            remainingMs: -15 * MINUTE,
            fraction: 1.25,
            due: '2026-07-06T09:00:00+02:00', // Mon: 30 min Fri + 30 min
            atRiskAt: '2026-07-06T08:45:00+02:00', // Mon: 45 min = 30 + 15
            startedAt: '2026-07-03T16:30:00+02:00', // Fri
            stoppedAt: '2026-07-06T09:15:00+02:00', // Mon
            calendar: 'connect-engage-business',
            explanation: [
              span('2026-07-03T16:30:00+02:00', '2026-07-03T17:00:00+02:00', 'working', 30 * MINUTE), // Fri
              span('2026-07-03T17:00:00+02:00', '2026-07-04T00:00:00+02:00', 'night', 7 * HOUR),
              span('2026-07-04T00:00:00+02:00', '2026-07-06T00:00:00+02:00', 'weekend', 48 * HOUR), // Sat, Sun
              span('2026-07-06T00:00:00+02:00', '2026-07-06T08:30:00+02:00', 'night', 8.5 * HOUR), // Mon
              span('2026-07-06T08:30:00+02:00', '2026-07-06T09:15:00+02:00', 'working', 45 * MINUTE),
              span('2026-07-06T09:15:00+02:00', '2026-07-06T12:00:00+02:00', 'stopped', 165 * MINUTE, 'responded'),
            ],
          },
        },
      });
      expect(emptySpans(answer)).toEqual([]);
    });

    it('gives a Normal request (the default) a due that stays on the end of the window', () => {
      expect(
        ask({
          op: 'ticket',
          policy: 'connect-engage',
          now: '2026-07-06T10:00:00+02:00',
          ticket: { type: 'request', events: [{ at: '2026-07-06T09:00:00+02:00', kind: 'created' }] },
        }), // Mon
      ).toStrictEqual({
        status: 'new',
        priority: 'normal',
        timers: {
          response: {
            state: 'running',
            isRunning: true,
            elapsedMs: HOUR,
            targetMs: 8 * HOUR,
            target: '8h',
            remainingMs: 7 * HOUR,
            fraction: 0.125,
            due: '2026-07-06T17:00:00+02:00', // Mon 09:00 + 8 h, at the window's end (not Tue 08:30)
            atRiskAt: '2026-07-06T15:00:00+02:00', // Mon: 6 h
            startedAt: '2026-07-06T09:00:00+02:00', // Mon
            stoppedAt: null,
            calendar: 'connect-engage-business',
          },
        },
      });
    });
  });

  describe('Konneqt Enterprise: a P2 incident known before it was registered, upgraded to P1 after a wait, over Thanksgiving', () => {
    const query = {
      op: 'ticket',
      policy: 'konneqt',
      plan: 'enterprise',
      now: '2026-11-30T10:00:00-05:00', // Mon
      explain: true,
      ticket: {
        type: 'incident',
        priority: 'p2',
        events: [
          // Registered on Saturday; Konneqt knew on Friday at 16:00, the report came at 16:30.
          {
            at: '2026-11-21T11:00:00-05:00',
            kind: 'created',
            channel: 'monitoring',
            reportedAt: '2026-11-20T16:30:00-05:00',
            awareAt: '2026-11-20T16:00:00-05:00',
          }, // Sat
          { at: '2026-11-23T09:00:00-05:00', kind: 'acknowledged' }, // Mon
          { at: '2026-11-23T09:05:00-05:00', kind: 'assigned', assignee: 'sam' },
          { at: '2026-11-23T13:00:00-05:00', kind: 'update_sent' },
          { at: '2026-11-23T17:00:00-05:00', kind: 'note_added', note: 'logs requested' }, // on the window's end
          { at: '2026-11-24T09:00:00-05:00', kind: 'call_logged', callId: 'C-7', purpose: 'clarify' }, // Tue, on the window's start
          { at: '2026-11-24T11:00:00-05:00', kind: 'status_changed', status: 'waiting_for_customer' },
          { at: '2026-11-25T10:00:00-05:00', kind: 'status_changed', status: 'in_progress' }, // Wed
          { at: '2026-11-25T13:00:00-05:00', kind: 'priority_changed', priority: 'p1', callId: 'C-8' },
          { at: '2026-11-25T13:05:00-05:00', kind: 'escalated', line: 'l2' },
          { at: '2026-11-27T16:00:00-05:00', kind: 'update_sent' }, // Fri
        ],
      },
    };
    /** Workaround and resolution both run from the acknowledgement and pause in the wait. */
    const sinceAcknowledgement = [
      span('2026-11-20T16:00:00-05:00', '2026-11-23T09:00:00-05:00', 'pending', 65 * HOUR, 'awaiting acknowledgement'), // Fri → Mon
      span('2026-11-23T09:00:00-05:00', '2026-11-23T17:00:00-05:00', 'working', 8 * HOUR), // Mon
      span('2026-11-23T17:00:00-05:00', '2026-11-24T09:00:00-05:00', 'night', 16 * HOUR),
      span('2026-11-24T09:00:00-05:00', '2026-11-24T11:00:00-05:00', 'working', 2 * HOUR), // Tue
      span('2026-11-24T11:00:00-05:00', '2026-11-25T10:00:00-05:00', 'paused', 23 * HOUR, 'waiting_for_customer'),
      span('2026-11-25T10:00:00-05:00', '2026-11-25T17:00:00-05:00', 'working', 7 * HOUR), // Wed
      span('2026-11-25T17:00:00-05:00', '2026-11-26T00:00:00-05:00', 'night', 7 * HOUR),
      span('2026-11-26T00:00:00-05:00', '2026-11-27T00:00:00-05:00', 'holiday', 24 * HOUR, 'Thanksgiving Day'), // Thu
      span('2026-11-27T00:00:00-05:00', '2026-11-27T09:00:00-05:00', 'night', 9 * HOUR), // Fri (a working day)
      span('2026-11-27T09:00:00-05:00', '2026-11-27T17:00:00-05:00', 'working', 8 * HOUR),
      span('2026-11-27T17:00:00-05:00', '2026-11-28T00:00:00-05:00', 'night', 7 * HOUR),
      span('2026-11-28T00:00:00-05:00', '2026-11-30T00:00:00-05:00', 'weekend', 48 * HOUR), // Sat, Sun
      span('2026-11-30T00:00:00-05:00', '2026-11-30T09:00:00-05:00', 'night', 9 * HOUR), // Mon
      span('2026-11-30T09:00:00-05:00', '2026-11-30T10:00:00-05:00', 'working', HOUR),
    ];

    it('answers the status, the priority and the four timers (no reply term on Konneqt)', () => {
      const answer = ask(query) as unknown as TicketAnswer;
      expect({ status: answer.status, priority: answer.priority }).toEqual({ status: 'in_progress', priority: 'p1' });
      expect(Object.keys(answer.timers).sort()).toEqual(['resolution', 'response', 'update', 'workaround']);
    });

    it("runs the response from the earlier awareness and keeps P2's 4 h, the target it stopped under, after the upgrade", () => {
      const { timers } = ask(query) as unknown as TicketAnswer;
      expect(timers['response']).toStrictEqual({
        state: 'met', // acknowledged Mon 09:00 under P2; the upgrade to P1 on Wed comes after the stop
        isRunning: false,
        elapsedMs: HOUR, // Fri 16:00–17:00
        targetMs: 4 * HOUR,
        target: '4h',
        remainingMs: 3 * HOUR,
        fraction: 0.25,
        due: null,
        atRiskAt: null, // 3 h (75 %) never reached
        startedAt: '2026-11-20T16:00:00-05:00', // Fri, awareness
        stoppedAt: '2026-11-23T09:00:00-05:00', // Mon
        calendar: 'konneqt-enterprise-8x5',
        explanation: [
          span('2026-11-20T16:00:00-05:00', '2026-11-20T17:00:00-05:00', 'working', HOUR), // Fri
          span('2026-11-20T17:00:00-05:00', '2026-11-21T00:00:00-05:00', 'night', 7 * HOUR),
          span('2026-11-21T00:00:00-05:00', '2026-11-23T00:00:00-05:00', 'weekend', 48 * HOUR), // Sat, Sun
          span('2026-11-23T00:00:00-05:00', '2026-11-23T09:00:00-05:00', 'night', 9 * HOUR), // Mon
          span('2026-11-23T09:00:00-05:00', '2026-11-30T10:00:00-05:00', 'stopped', 7 * 24 * HOUR + HOUR, 'responded'), // Mon → Mon
        ],
      });
    });

    it("breaches P1's 24 h workaround on Friday, at risk from Friday 10:00", () => {
      const { timers } = ask(query) as unknown as TicketAnswer;
      expect(timers['workaround']).toStrictEqual({
        state: 'breached',
        isRunning: true,
        elapsedMs: 26 * HOUR, // Mon 8, Tue 2, (wait), Wed 7, (Thanksgiving), Fri 8, Mon 1
        targetMs: 24 * HOUR,
        target: '24h',
        remainingMs: -2 * HOUR,
        fraction: 1.0833, // 26 / 24
        due: '2026-11-27T16:00:00-05:00', // Fri: 17 h by Wed 17:00, 7 h more
        atRiskAt: '2026-11-27T10:00:00-05:00', // Fri: 18 h
        startedAt: '2026-11-23T09:00:00-05:00', // Mon, acknowledged
        stoppedAt: null,
        calendar: 'konneqt-enterprise-8x5',
        explanation: sinceAcknowledgement,
      });
    });

    it("projects P1's 48 h resolution into next week", () => {
      const { timers } = ask(query) as unknown as TicketAnswer;
      expect(timers['resolution']).toStrictEqual({
        state: 'running',
        isRunning: true,
        elapsedMs: 26 * HOUR,
        targetMs: 48 * HOUR,
        target: '48h',
        remainingMs: 22 * HOUR,
        fraction: 0.5417, // 26 / 48
        due: '2026-12-02T16:00:00-05:00', // Wed: Mon 7, Tue 8, Wed 7
        atRiskAt: '2026-12-01T12:00:00-05:00', // Tue: 36 h = 26 + Mon 7 + Tue 3
        startedAt: '2026-11-23T09:00:00-05:00', // Mon
        stoppedAt: null,
        calendar: 'konneqt-enterprise-8x5',
        explanation: sinceAcknowledgement,
      });
    });

    it('restarts the 4 h update cadence at the last update sent', () => {
      const answer = ask(query);
      const { timers } = answer as unknown as TicketAnswer;
      expect(timers['update']).toStrictEqual({
        state: 'running',
        isRunning: true,
        elapsedMs: 2 * HOUR, // Fri 16:00–17:00, Mon 09:00–10:00
        targetMs: 4 * HOUR,
        target: '4h',
        remainingMs: 2 * HOUR,
        fraction: 0.5,
        due: '2026-11-30T12:00:00-05:00', // Mon
        atRiskAt: '2026-11-30T11:00:00-05:00', // Mon: 3 h
        startedAt: '2026-11-27T16:00:00-05:00', // Fri
        stoppedAt: null,
        calendar: 'konneqt-enterprise-8x5',
        explanation: [
          span('2026-11-27T16:00:00-05:00', '2026-11-27T17:00:00-05:00', 'working', HOUR), // Fri
          span('2026-11-27T17:00:00-05:00', '2026-11-28T00:00:00-05:00', 'night', 7 * HOUR),
          span('2026-11-28T00:00:00-05:00', '2026-11-30T00:00:00-05:00', 'weekend', 48 * HOUR), // Sat, Sun
          span('2026-11-30T00:00:00-05:00', '2026-11-30T09:00:00-05:00', 'night', 9 * HOUR), // Mon
          span('2026-11-30T09:00:00-05:00', '2026-11-30T10:00:00-05:00', 'working', HOUR),
        ],
      });
      expect(emptySpans(answer)).toEqual([]);
    });
  });

  describe('Konneqt Enterprise: an incident not yet acknowledged (P3 by default)', () => {
    it('runs the response and holds workaround, resolution and update pending', () => {
      const pending = (targetMs: number, target: string): TimerOut => ({
        state: 'pending',
        isRunning: false,
        elapsedMs: 0,
        targetMs,
        target,
        remainingMs: targetMs,
        fraction: 0,
        due: null,
        atRiskAt: null,
        startedAt: null,
        stoppedAt: null,
        calendar: 'konneqt-enterprise-8x5',
        explanation: [span('2026-11-23T10:00:00-05:00', '2026-11-23T14:00:00-05:00', 'pending', 4 * HOUR, 'awaiting acknowledgement')],
      });
      const answer = ask({
        op: 'ticket',
        policy: 'konneqt',
        now: '2026-11-23T14:00:00-05:00', // Mon
        explain: true,
        ticket: { type: 'incident', events: [{ at: '2026-11-23T10:00:00-05:00', kind: 'created', reportedAt: '2026-11-23T10:00:00-05:00' }] }, // Mon
      });
      expect(answer).toStrictEqual({
        status: 'new',
        priority: 'p3',
        timers: {
          response: {
            state: 'running',
            isRunning: true,
            elapsedMs: 4 * HOUR, // Mon 10:00–14:00
            targetMs: 6 * HOUR,
            target: '6h',
            remainingMs: 2 * HOUR,
            fraction: 0.6667, // 4 / 6
            due: '2026-11-23T16:00:00-05:00', // Mon
            atRiskAt: '2026-11-23T14:30:00-05:00', // Mon: 4.5 h
            startedAt: '2026-11-23T10:00:00-05:00', // Mon
            stoppedAt: null,
            calendar: 'konneqt-enterprise-8x5',
            explanation: [span('2026-11-23T10:00:00-05:00', '2026-11-23T14:00:00-05:00', 'working', 4 * HOUR)],
          },
          workaround: pending(72 * HOUR, '72h'),
          resolution: pending(40 * HOUR, '1bw'), // 5 business days of 8 h
          update: pending(4 * HOUR, '4h'),
        },
      });
    });
  });

  describe('Konneqt Basic (Americas 12×5, UTC−3)', () => {
    it('skips the observed Independence Day (Friday) for a P1 incident', () => {
      const answer = ask({
        op: 'ticket',
        policy: 'konneqt',
        plan: 'basic',
        now: '2026-07-08T12:00:00-03:00', // Wed
        explain: true,
        ticket: {
          type: 'incident',
          priority: 'p1',
          environment: 'production',
          events: [
            { at: '2026-07-02T19:00:00-03:00', kind: 'created', channel: 'portal' }, // Thu
            { at: '2026-07-06T08:30:00-03:00', kind: 'acknowledged' }, // Mon
            { at: '2026-07-06T10:00:00-03:00', kind: 'status_changed', status: 'waiting_for_customer' },
            { at: '2026-07-06T14:00:00-03:00', kind: 'status_changed', status: 'in_progress' },
            { at: '2026-07-07T09:00:00-03:00', kind: 'workaround_given' }, // Tue
          ],
        },
      });
      expect(answer).toStrictEqual({
        status: 'in_progress',
        priority: 'p1',
        timers: {
          response: {
            state: 'met',
            isRunning: false,
            elapsedMs: 1.5 * HOUR, // Thu 19:00–20:00, Mon 08:00–08:30
            targetMs: 2 * HOUR,
            target: '2h',
            remainingMs: 30 * MINUTE,
            fraction: 0.75,
            due: null,
            atRiskAt: '2026-07-06T08:30:00-03:00', // Mon: exactly 75 % when acknowledged
            startedAt: '2026-07-02T19:00:00-03:00', // Thu
            stoppedAt: '2026-07-06T08:30:00-03:00', // Mon
            calendar: 'konneqt-americas-12x5',
            explanation: [
              span('2026-07-02T19:00:00-03:00', '2026-07-02T20:00:00-03:00', 'working', HOUR), // Thu
              span('2026-07-02T20:00:00-03:00', '2026-07-03T00:00:00-03:00', 'night', 4 * HOUR),
              span('2026-07-03T00:00:00-03:00', '2026-07-04T00:00:00-03:00', 'holiday', 24 * HOUR, 'Independence Day (substitute day)'), // Fri
              // Independence Day itself falls on the Saturday: a day without hours stays a weekend day.
              span('2026-07-04T00:00:00-03:00', '2026-07-06T00:00:00-03:00', 'weekend', 48 * HOUR), // Sat, Sun
              span('2026-07-06T00:00:00-03:00', '2026-07-06T08:00:00-03:00', 'night', 8 * HOUR), // Mon
              span('2026-07-06T08:00:00-03:00', '2026-07-06T08:30:00-03:00', 'working', 30 * MINUTE),
              span('2026-07-06T08:30:00-03:00', '2026-07-08T12:00:00-03:00', 'stopped', 51.5 * HOUR, 'responded'), // Mon → Wed
            ],
          },
          workaround: {
            state: 'met',
            isRunning: false,
            elapsedMs: 8.5 * HOUR, // Mon 08:30–10:00 1.5 h, (wait), Mon 14:00–20:00 6 h, Tue 08:00–09:00 1 h
            targetMs: 12 * HOUR,
            target: '12h',
            remainingMs: 3.5 * HOUR,
            fraction: 0.7083, // 8.5 / 12
            due: null,
            atRiskAt: null, // 9 h never reached
            startedAt: '2026-07-06T08:30:00-03:00', // Mon, acknowledged
            stoppedAt: '2026-07-07T09:00:00-03:00', // Tue
            calendar: 'konneqt-americas-12x5',
            explanation: [
              span('2026-07-02T19:00:00-03:00', '2026-07-06T08:30:00-03:00', 'pending', 85.5 * HOUR, 'awaiting acknowledgement'), // Thu → Mon
              span('2026-07-06T08:30:00-03:00', '2026-07-06T10:00:00-03:00', 'working', 1.5 * HOUR), // Mon
              span('2026-07-06T10:00:00-03:00', '2026-07-06T14:00:00-03:00', 'paused', 4 * HOUR, 'waiting_for_customer'),
              span('2026-07-06T14:00:00-03:00', '2026-07-06T20:00:00-03:00', 'working', 6 * HOUR),
              span('2026-07-06T20:00:00-03:00', '2026-07-07T08:00:00-03:00', 'night', 12 * HOUR),
              span('2026-07-07T08:00:00-03:00', '2026-07-07T09:00:00-03:00', 'working', HOUR), // Tue
              span('2026-07-07T09:00:00-03:00', '2026-07-08T12:00:00-03:00', 'stopped', 27 * HOUR, 'workaround given'), // Tue → Wed
            ],
          },
        },
      });
      expect(emptySpans(answer)).toEqual([]);
    });

    it('gives a query one 12 h business day, not breached at exactly 12 h and breached one millisecond later', () => {
      const query = (now: string) => ({
        op: 'ticket',
        policy: 'konneqt',
        plan: 'basic',
        now,
        ticket: { type: 'query', events: [{ at: '2026-07-06T10:00:00-03:00', kind: 'created' }] },
      }); // Mon
      const response = {
        isRunning: true,
        targetMs: 12 * HOUR,
        target: '1bd',
        fraction: 1,
        due: '2026-07-07T10:00:00-03:00', // Tue: Mon 10:00–20:00 10 h, Tue 2 h
        atRiskAt: '2026-07-06T19:00:00-03:00', // Mon: 9 h
        startedAt: '2026-07-06T10:00:00-03:00', // Mon
        stoppedAt: null,
        calendar: 'konneqt-americas-12x5',
      };
      expect(ask(query('2026-07-07T10:00:00-03:00'))).toStrictEqual({
        status: 'new',
        priority: null,
        timers: { response: { state: 'running', elapsedMs: 12 * HOUR, remainingMs: 0, ...response } },
      });
      expect(ask(query('2026-07-07T10:00:00.001-03:00'))).toStrictEqual({
        status: 'new',
        priority: null,
        timers: { response: { state: 'breached', elapsedMs: 12 * HOUR + 1, remainingMs: -1, ...response } },
      });
    });

    it('runs no timer for a ticket outside production', () => {
      expect(
        ask({
          op: 'ticket',
          policy: 'konneqt',
          plan: 'basic',
          now: '2026-07-07T10:00:00-03:00',
          ticket: { type: 'incident', priority: 'p1', environment: 'acceptance', events: [{ at: '2026-07-06T10:00:00-03:00', kind: 'created' }] },
        }),
      ).toStrictEqual({ status: 'new', priority: 'p1', timers: {} });
    });
  });
});

describe('answerQuery, due and elapsed', () => {
  const due = (start: string, minutes: number) => ask({ op: 'due', calendar: 'scope4mation-office', start, minutes });

  it('does not truncate fractional minutes', () => {
    expect(due('2026-03-02T09:00:00+01:00', 0.5)).toEqual({ due: '2026-03-02T09:00:30+01:00' }); // Mon, 30 s
    expect(due('2026-03-02T09:00:00+01:00', 90.25)).toEqual({ due: '2026-03-02T10:30:15+01:00' }); // Mon, 1 h 30 min 15 s
    expect(due('2026-03-02T16:00:00+01:00', 30.5)).toEqual({ due: '2026-03-03T08:30:30+01:00' }); // Mon 16:30 is 30 min; Tue 30 s more
  });

  it('refuses a due moment outside 1970–2199, naming the minutes and what is left', () => {
    const konneqt = (start: string, minutes: number) => ask({ op: 'due', calendar: 'konneqt-enterprise-8x5', start, minutes });
    expect(konneqt('2026-03-02T09:00:00Z', 50_000_000)).toEqual({
      error: expect.stringMatching(/^minutes: the due moment would lie after 2199-12-31: [\d,]+ minutes of working time are left after start$/),
    });
    expect(konneqt('2026-03-02T09:00:00Z', 60_000_000_000).error).toMatch(/^minutes: the due moment would lie after 2199-12-31/);
    expect(konneqt('2026-03-02T09:00:00Z', -60_000_000).error).toMatch(/^minutes: the due moment would lie before 1970-01-01/);
    // 09:00 in New York on 31 December 2199 (office hours 09:00–17:00): ten working hours run into 2200.
    expect(konneqt('2199-12-31T14:00:00Z', 600).error).toMatch(/^minutes: the due moment would lie after 2199-12-31/);
    expect(konneqt('2199-12-30T14:00:00Z', 60)).toEqual({ due: '2199-12-30T10:00:00-05:00' });
  });

  it('gives a negative working time when to is before from', () => {
    const elapsed = (from: string, to: string) => ask({ op: 'elapsed', calendar: 'scope4mation-office', from, to });
    expect(elapsed('2026-03-03T12:00:00+01:00', '2026-03-02T12:00:00+01:00')).toEqual({ ms: -8 * HOUR }); // Tue → Mon: Mon 12:00–16:30, Tue 08:30–12:00
    expect(elapsed('2026-03-02T12:00:00+01:00', '2026-03-03T12:00:00+01:00')).toEqual({ ms: 8 * HOUR });
    expect(elapsed('2026-03-02T12:00:00+01:00', '2026-03-02T12:00:00+01:00')).toEqual({ ms: 0 });
  });
});

describe('answerQuery, bad queries', () => {
  const created = { at: '2026-03-02T10:00:00+01:00', kind: 'created' }; // Mon
  const ticket = (events: unknown[]) => ({ op: 'ticket', policy: 'scope4mation', now: '2026-03-02T12:00:00+01:00', ticket: { type: 'bug', events } });

  it.each([
    ['an unknown op', { op: 'warp' }, /^op: op must be one of due, elapsed, explain, ticket, bill, availability$/],
    ['a missing calendar', { op: 'due', start: '2026-03-02T09:00:00+01:00', minutes: 5 }, /^calendar: must be a calendar id or a calendar object$/],
    [
      'a start without an offset',
      { op: 'due', calendar: 'scope4mation-office', start: '2026-03-02T09:00:00', minutes: 5 },
      /^start: "2026-03-02T09:00:00" must be an ISO-8601 date-time with an offset/,
    ],
    [
      'minutes that are not a number',
      { op: 'due', calendar: 'scope4mation-office', start: '2026-03-02T09:00:00+01:00', minutes: '60' },
      /^minutes: must be a number of working minutes$/,
    ],
    ['an unknown policy', { ...ticket([created]), policy: 'acme' }, /^policy: unknown policy "acme"; known: scope4mation, connect-engage, konneqt$/],
    ['an unknown plan', { ...ticket([created]), plan: 'gold' }, /^plan: unknown plan "gold" for policy scope4mation; known: support, qaas$/],
    [
      'an event before the created event',
      ticket([created, { at: '2026-03-02T09:00:00+01:00', kind: 'responded' }]),
      /^ticket\.events\[1\]\.at: is before the created event$/,
    ],
    [
      'an unknown event kind',
      ticket([created, { at: '2026-03-02T11:00:00+01:00', kind: 'replied' }]),
      /^ticket\.events\[1\]\.kind: kind must be one of created, responded, .*, escalated, war_team_convened$/,
    ],
    [
      'an unknown field',
      { op: 'due', calendar: 'scope4mation-office', start: '2026-03-02T09:00:00+01:00', minutes: 5, minuets: 5 },
      /^minuets: unknown field$/,
    ],
    [
      'an unknown field in an event',
      ticket([
        created,
        { at: '2026-03-02T11:00:00+01:00', kind: 'responded' },
        { at: '2026-03-02T11:00:00+01:00', kind: 'status_changed', status: 'in_progress', stauts: 'closed' },
      ]),
      /^ticket\.events\[2\]\.stauts: unknown field$/,
    ],
  ])('answers {error: "field: reason"} for %s', (_name, query, error) => {
    const answer = ask(query);
    expect(Object.keys(answer)).toEqual(['error']);
    expect(answer['error']).toMatch(error);
  });

  it('still answers the good queries of a batch around a bad one', () => {
    const good = { op: 'elapsed', calendar: '24x7', from: '2026-03-02T09:00:00Z', to: '2026-03-02T10:00:00Z' };
    expect([good, { op: 'warp' }, good].map(ask)).toStrictEqual([
      { ms: HOUR },
      { error: 'op: op must be one of due, elapsed, explain, ticket, bill, availability' },
      { ms: HOUR },
    ]);
  });

  it('names an unknown field in the field position, not "(root)"', () => {
    const answer = ask({ op: 'due', calendar: 'scope4mation-office', start: '2026-03-02T09:00:00+01:00', minutes: 5, minuets: 5 });
    expect(answer['error']).toMatch(/^minuets: /);
  });
});
