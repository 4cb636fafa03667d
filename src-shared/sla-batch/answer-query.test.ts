import { describe, expect, it } from 'vitest';
import { POLICY_PRESETS } from '../policy/presets';
import { answerQuery, SlaContext } from './answer-query';

const context = new SlaContext();
const ask = (q: unknown) => answerQuery(context, q);

describe('answerQuery', () => {
  it('answers due with an ISO instant in the calendar zone', () => {
    expect(ask({ op: 'due', calendar: 'scope4mation-office', start: '2026-04-24T15:00:00+02:00', minutes: 240 })).toEqual({ due: '2026-04-28T11:00:00+02:00' });
  });
  it('answers elapsed in working milliseconds', () => {
    expect(ask({ op: 'elapsed', calendar: 'scope4mation-office', from: '2026-03-02T00:00:00+01:00', to: '2026-03-09T00:00:00+01:00' })).toEqual({
      ms: 40 * 3_600_000,
    });
  });
  it('takes an inline calendar', () => {
    const calendar = { zone: 'Europe/Amsterdam', week: { mon: [['08:30', '16:30']] }, holidays: { country: 'NL', types: ['public'] } };
    expect(ask({ op: 'due', calendar, start: '2026-04-20T09:00:00+02:00', minutes: 480 })).toEqual({ due: '2026-05-04T09:00:00+02:00' }); // 27 Apr is King's Day
  });
  it('answers a ticket with every timer', () => {
    const answer = ask({
      op: 'ticket',
      policy: 'scope4mation',
      plan: 'qaas',
      now: '2026-03-02T11:00:00+01:00',
      ticket: { priority: 'high', type: 'disruption', environment: 'production', events: [{ at: '2026-03-02T09:00:00+01:00', kind: 'created' }] },
    });
    expect(answer).toMatchObject({
      status: 'new',
      priority: 'high',
      timers: {
        response: { state: 'running', elapsedMs: 7_200_000, targetMs: 7_200_000, due: '2026-03-02T11:00:00+01:00' },
        // 6 h left at 11:00: 5.5 h today, 0.5 h Tuesday
        resolution: { state: 'running', elapsedMs: 7_200_000, targetMs: 28_800_000, due: '2026-03-03T09:00:00+01:00' },
      },
    });
  });
  it('names the field and the reason of a bad query', () => {
    expect(ask({ op: 'due', calendar: 'scope4mation-office', start: 'tomorrow', minutes: 5 })).toEqual({
      error: expect.stringMatching(/^start: "tomorrow" must be an ISO-8601 date-time/),
    });
    expect(ask({ op: 'warp' })).toEqual({ error: expect.stringMatching(/op must be one of due, elapsed, explain, ticket/) });
    expect(ask({ op: 'elapsed', calendar: 'nowhere', from: '2026-03-02T00:00:00Z', to: '2026-03-02T01:00:00Z' })).toEqual({
      error: expect.stringMatching(/^calendar: unknown calendar "nowhere"/),
    });
    const badPriority = ask({
      op: 'ticket',
      policy: 'scope4mation',
      now: '2026-03-02T11:00:00+01:00',
      ticket: { type: 'bug', events: [{ at: '2026-03-02T09:00:00+01:00', kind: 'created', priority: 'urgent' }] },
    });
    expect(badPriority).toEqual({ error: expect.stringMatching(/^ticket\.events\[0\]\.priority: unknown priority "urgent"/) });
    const badStatus = ask({
      op: 'ticket',
      policy: 'scope4mation',
      now: '2026-03-02T11:00:00+01:00',
      ticket: {
        type: 'bug',
        events: [
          { at: '2026-03-02T09:00:00+01:00', kind: 'created' },
          { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'done' },
        ],
      },
    });
    expect(badStatus).toEqual({ error: expect.stringMatching(/^ticket\.events\[1\]\.status: must be one of new, in_progress/) });
  });
  it('refuses minutes finer than four decimals, which would round to 0 ms or to a whole millisecond silently', () => {
    const due = (minutes: number) => ask({ op: 'due', calendar: '24x7', start: '2026-03-02T09:00:00Z', minutes }); // Mon
    expect(due(0.00000001)).toEqual({ error: 'minutes: must be a number of working minutes with at most four decimals (whole milliseconds)' });
    expect(due(-1.00001)).toEqual({ error: 'minutes: must be a number of working minutes with at most four decimals (whole milliseconds)' });
    expect(due(0.0001)).toEqual({ due: '2026-03-02T09:00:00.006Z' });
    expect(due(0)).toEqual({ due: '2026-03-02T09:00:00Z' });
  });
  it("refuses an inline calendar in the machine's own zone, naming the zone", () => {
    const calendar = { zone: 'system', week: { mon: [['08:30', '16:30']] } };
    expect(ask({ op: 'due', calendar, start: '2026-03-02T09:00:00Z', minutes: 60 })).toEqual({
      error: expect.stringMatching(/^calendar\.zone: must be an IANA time zone .*, not "system"/),
    });
  });
  it('checks an inline policy before a desk adopts it, naming the bad field', () => {
    const policy = structuredClone(POLICY_PRESETS['scope4mation']) as unknown as { plans: { priorities: { targets: { response: string } }[] }[] };
    policy.plans[0]!.priorities[1]!.targets.response = '3h';
    const ticket = { type: 'bug', priority: 'normal', events: [{ at: '2026-03-02T09:00:00+01:00', kind: 'created' }] };
    expect(ask({ op: 'ticket', policy, now: '2026-03-02T09:00:00+01:00', ticket })).toMatchObject({ timers: { response: { targetMs: 3 * 3_600_000 } } });
    policy.plans[0]!.priorities[1]!.targets.response = 'soon';
    expect(ask({ op: 'ticket', policy, now: '2026-03-02T09:00:00+01:00', ticket })).toEqual({
      error: expect.stringMatching(/^policy\.plans\[0\]\.priorities\[1\]\.targets\.response: must be a positive duration/),
    });
  });

  it('explains a range with named holidays', () => {
    const answer = ask({ op: 'explain', calendar: 'scope4mation-office', from: '2026-04-27T00:00:00+02:00', to: '2026-04-28T12:00:00+02:00' }) as {
      spans: { reason: string; detail?: string }[];
    };
    expect(answer.spans.map((s) => s.reason)).toEqual(['holiday', 'night', 'working']);
    expect(answer.spans[0]?.detail).toBe("King's Day");
  });

  describe('naming the field of a bad reference', () => {
    it('names the calendar of an explain query', () => {
      expect(ask({ op: 'explain', calendar: 'nowhere', from: '2026-03-02T09:00:00+01:00', to: '2026-03-02T10:00:00+01:00' })).toEqual({
        error: expect.stringMatching(/^calendar: unknown calendar "nowhere"/),
      }); // Mon
    });

    it('names the policy of a bill query', () => {
      expect(ask({ op: 'bill', policy: 'acme', rate: 'support', approved: true, minutes: [30] })).toEqual({
        error: 'policy: unknown policy "acme"; known: scope4mation, connect-engage, konneqt',
      });
    });
  });

  it('answers a ticket without explanations unless asked', () => {
    const answer = ask({
      op: 'ticket',
      policy: 'scope4mation',
      now: '2026-03-02T11:00:00+01:00',
      ticket: { type: 'bug', events: [{ at: '2026-03-02T09:00:00+01:00', kind: 'created' }] }, // Mon
    }) as { timers: Record<string, Record<string, unknown>> };
    expect(Object.keys(answer.timers).sort()).toEqual(['resolution', 'response']);
    for (const timer of Object.values(answer.timers)) expect(timer).not.toHaveProperty('explanation');
  });

  it('names the type field when neither the ticket nor its created event gives a type', () => {
    const answer = ask({
      op: 'ticket',
      policy: 'scope4mation',
      now: '2026-03-02T11:00:00+01:00',
      ticket: { events: [{ at: '2026-03-02T09:00:00+01:00', kind: 'created' }] }, // Mon
    });
    expect(answer).toEqual({
      error: 'ticket.events[0].type: unknown type ""; known: question, disruption, bug, development_request, consultancy_request',
    });
  });
});
