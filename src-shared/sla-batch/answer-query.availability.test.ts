import { describe, expect, it } from 'vitest';
import { answerQuery, SlaContext } from './answer-query';

const context = new SlaContext();
const ask = (q: Record<string, unknown>) => answerQuery(context, { op: 'availability', ...q });
const HOUR = 3_600_000;

describe('the availability op', () => {
  it('measures a Scope4mation month with a 5-minute outage: missed, 32.52 s over budget', () => {
    expect(
      ask({
        policy: 'scope4mation',
        period: '2026-03',
        outages: [
          { from: '2026-03-10T10:00:00+01:00', to: '2026-03-10T10:05:00+01:00', scope: 'complete' }, // Tuesday
          { from: '2026-03-11T10:00:00+01:00', to: '2026-03-11T10:04:00+01:00', scope: 'complete' }, // 4 min: not downtime
          { from: '2026-03-12T10:00:00+01:00', to: '2026-03-12T12:00:00+01:00', scope: 'partial' },
        ],
        exclusions: [{ from: '2026-03-20T18:00:00+01:00', to: '2026-03-20T22:00:00+01:00', reason: 'maintenance' }],
      }),
    ).toEqual({
      from: '2026-03-01T00:00:00+01:00',
      to: '2026-04-01T00:00:00+02:00',
      totalMs: 743 * HOUR,
      excludedMs: 4 * HOUR,
      downtimeMs: 300_000,
      availability: ((743 * HOUR - 300_000) / (743 * HOUR)) * 100,
      target: 99.99,
      met: false,
      budgetLeftMs: 267_480 - 300_000,
    });
  });

  it('measures a Connect & Engage Voice quarter where only one trunk was down: 100 %', () => {
    expect(
      ask({
        policy: 'connect-engage',
        category: 'voice',
        period: '2026-Q4',
        trunks: ['ams-1', 'ams-2'],
        outages: [{ from: '2026-10-06T10:00:00+02:00', to: '2026-10-06T11:00:00+02:00', scope: 'complete', trunk: 'ams-1' }],
      }),
    ).toMatchObject({ totalMs: 2209 * HOUR, downtimeMs: 0, availability: 100, target: 99.99, met: true, budgetLeftMs: Math.floor((2209 * HOUR) / 10_000) });
  });

  it('measures Service Cloud against 99.90 %, with excluded time out of the quarter', () => {
    expect(
      ask({
        policy: 'connect-engage',
        category: 'service_cloud',
        period: '2026-Q1',
        outages: [{ from: '2026-02-10T10:00:00+01:00', to: '2026-02-10T12:00:00+01:00', scope: 'complete' }],
        exclusions: [{ from: '2026-02-10T11:00:00+01:00', to: '2026-02-10T13:00:00+01:00', reason: 'third_party' }],
      }),
    ).toMatchObject({
      totalMs: 2159 * HOUR,
      excludedMs: 2 * HOUR,
      downtimeMs: HOUR,
      target: 99.9,
      met: true,
      budgetLeftMs: Math.floor((2157 * HOUR) / 1000) - HOUR,
    });
  });

  it.each([
    [{ policy: 'scope4mation', period: '2026-03', category: 'voice' }, 'category: Scope4mation has one objective for the whole product: leave category out'],
    [
      { policy: 'connect-engage', period: '2026-Q1' },
      'category: is required for Connect & Engage: one of business_messaging, voice, service_cloud, marketing_cloud, conversational_ai_cloud',
    ],
    [{ policy: 'connect-engage', category: 'voice', period: '2026-Q1' }, 'trunks: is required for Voice: the trunks that are measured'],
    [{ policy: 'connect-engage', category: 'voice', period: '2026-Q1', trunks: [] }, 'trunks: is required for Voice: the trunks that are measured'],
    [{ policy: 'connect-engage', category: 'service_cloud', period: '2026-Q1', trunks: ['a'] }, 'trunks: only Voice is measured per trunk'],
    [
      {
        policy: 'connect-engage',
        category: 'voice',
        period: '2026-Q1',
        trunks: ['a'],
        outages: [{ from: '2026-02-10T10:00:00Z', to: '2026-02-10T11:00:00Z', scope: 'complete', trunk: 'b' }],
      },
      'outages[0].trunk: "b" is not one of the trunks',
    ],
    [
      {
        policy: 'connect-engage',
        category: 'service_cloud',
        period: '2026-Q1',
        outages: [{ from: '2026-02-10T10:00:00Z', to: '2026-02-10T11:00:00Z', scope: 'complete', trunk: 'b' }],
      },
      'outages[0].trunk: only Voice outages name a trunk',
    ],
    [{ policy: 'scope4mation', period: '2026-Q1' }, 'period: Scope4mation measures per calendar month, e.g. "2026-03"'],
    [{ policy: 'connect-engage', category: 'voice', trunks: ['a'], period: '2026-03' }, 'period: Connect & Engage measures per quarter, e.g. "2026-Q1"'],
    [
      { policy: 'scope4mation', period: '2026-03', outages: [{ from: '2026-03-10T10:00:00Z', to: '2026-03-10T10:00:00Z', scope: 'complete' }] },
      'outages[0].to: must be after from',
    ],
    [
      { policy: 'scope4mation', period: '2026-03', exclusions: [{ from: '2026-03-10T10:00:00Z', to: '2026-03-10T11:00:00Z', reason: 'holiday' }] },
      'exclusions[0].reason: must be one of maintenance, emergency_maintenance, security_maintenance, force_majeure, third_party, customer_caused, beta',
    ],
    [
      { policy: 'scope4mation', period: '2026-03', exclusions: [{ from: '2026-03-10T10:00:00Z', to: '2026-03-10T10:00:00Z', reason: 'maintenance' }] },
      'exclusions[0].to: must be after from',
    ],
    [
      {
        policy: 'connect-engage',
        category: 'voice',
        period: '2026-Q1',
        outages: [{ from: '2026-02-10T10:00:00Z', to: '2026-02-10T11:00:00Z', scope: 'complete', trunk: 'b' }],
      },
      'trunks: is required for Voice: the trunks that are measured; outages[0].trunk: "b" is not one of the trunks',
    ],
    [{ policy: 'konneqt', period: '2026-03' }, 'policy: must be one of scope4mation, connect-engage'],
  ])('answers %j with an error naming the field', (q, error) => {
    expect(ask(q)).toEqual({ error });
  });
});
