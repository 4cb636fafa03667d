import { describe, expect, it } from 'vitest';
import type { Status, TimerKind } from '../policy/policy-types';
import { at, HOUR, iso, MINUTE } from '../test-support/instants';
import { clocksAt, events, planOf } from '../test-support/ticket';
import type { TimerResult } from './evaluate-timer';

// Each timer's behaviour per status and preset, through ticketClocks on real event logs.
// Expected values come from the SLA documents, SPEC.md §1–§5 and docs/decisions/0004.

const AMS = 'Europe/Amsterdam';
const NY = 'America/New_York';

const scope = planOf('scope4mation', 'support');
const ce = planOf('connect-engage');
const enterprise = planOf('konneqt', 'enterprise');
const basic = planOf('konneqt', 'basic');

type Plan = typeof scope;
type Behaviour = 'counts' | 'pauses' | 'stops' | 'absent';

/** What a timer should show at 09:50 after the status scenario below. */
const OBSERVED: Readonly<Record<Behaviour, Partial<TimerResult> | undefined>> = {
  // New 09:00–09:10, In Progress 09:10–09:20, the status 09:20–09:50: all counted.
  counts: { state: 'running', isRunning: true, elapsedMs: 50 * MINUTE },
  // Counted 09:00–09:20 only.
  pauses: { state: 'paused', isRunning: false, elapsedMs: 20 * MINUTE },
  // Stopped at 09:20 (closed).
  stops: { state: 'met', isRunning: false, elapsedMs: 20 * MINUTE },
  absent: undefined,
};

/** The reply term counts only in Waiting for Customer (09:20–09:50). */
const REPLY_OBSERVED: Readonly<Record<Behaviour, Partial<TimerResult> | undefined>> = {
  counts: { state: 'running', isRunning: true, elapsedMs: 30 * MINUTE },
  pauses: undefined,
  stops: undefined,
  absent: undefined,
};

const STATUSES_IN_ORDER: readonly Status[] = ['new', 'in_progress', 'waiting_for_customer', 'waiting_for_development', 'closed'];
const TIMERS: readonly TimerKind[] = ['response', 'workaround', 'resolution', 'update', 'reply'];

interface Preset {
  readonly name: string;
  readonly plan: Plan;
  /** The day and offset of the scenario: a Monday 09:00 inside every calendar's window. */
  readonly offset: string;
  /** The ticket a timer runs on (C&E: the response runs on requests, the update on incidents). */
  readonly ticket: Readonly<Record<TimerKind, { readonly type: string; readonly priority: string }>>;
  readonly table: Readonly<Record<Status, Readonly<Record<TimerKind, Behaviour>>>>;
}

const same = (ticket: { type: string; priority: string }) => ({ response: ticket, workaround: ticket, resolution: ticket, update: ticket, reply: ticket });

const PRESETS: readonly Preset[] = [
  {
    name: 'Scope4mation',
    plan: scope,
    offset: '+01:00',
    ticket: same({ type: 'bug', priority: 'normal' }),
    table: {
      new: { response: 'counts', workaround: 'absent', resolution: 'counts', update: 'absent', reply: 'absent' },
      in_progress: { response: 'counts', workaround: 'absent', resolution: 'counts', update: 'absent', reply: 'absent' },
      waiting_for_customer: { response: 'counts', workaround: 'absent', resolution: 'pauses', update: 'absent', reply: 'counts' },
      waiting_for_development: { response: 'counts', workaround: 'absent', resolution: 'pauses', update: 'absent', reply: 'absent' },
      closed: { response: 'stops', workaround: 'absent', resolution: 'stops', update: 'absent', reply: 'absent' },
    },
  },
  {
    name: 'Connect & Engage',
    plan: ce,
    offset: '+01:00',
    ticket: { ...same({ type: 'request', priority: 'normal' }), update: { type: 'incident', priority: 'p3' }, reply: { type: 'incident', priority: 'p3' } },
    table: {
      new: { response: 'counts', workaround: 'absent', resolution: 'absent', update: 'counts', reply: 'absent' },
      in_progress: { response: 'counts', workaround: 'absent', resolution: 'absent', update: 'counts', reply: 'absent' },
      waiting_for_customer: { response: 'counts', workaround: 'absent', resolution: 'absent', update: 'counts', reply: 'absent' },
      waiting_for_development: { response: 'counts', workaround: 'absent', resolution: 'absent', update: 'counts', reply: 'absent' },
      closed: { response: 'stops', workaround: 'absent', resolution: 'absent', update: 'stops', reply: 'absent' },
    },
  },
  {
    name: 'Konneqt Enterprise',
    plan: enterprise,
    offset: '-05:00',
    ticket: same({ type: 'incident', priority: 'p2' }),
    table: {
      new: { response: 'counts', workaround: 'counts', resolution: 'counts', update: 'counts', reply: 'absent' },
      in_progress: { response: 'counts', workaround: 'counts', resolution: 'counts', update: 'counts', reply: 'absent' },
      waiting_for_customer: { response: 'counts', workaround: 'pauses', resolution: 'pauses', update: 'pauses', reply: 'absent' },
      waiting_for_development: { response: 'counts', workaround: 'counts', resolution: 'counts', update: 'counts', reply: 'absent' },
      closed: { response: 'stops', workaround: 'stops', resolution: 'stops', update: 'stops', reply: 'absent' },
    },
  },
  {
    name: 'Konneqt Basic',
    plan: basic,
    offset: '-03:00',
    ticket: same({ type: 'incident', priority: 'p2' }),
    table: {
      new: { response: 'counts', workaround: 'counts', resolution: 'absent', update: 'absent', reply: 'absent' },
      in_progress: { response: 'counts', workaround: 'counts', resolution: 'absent', update: 'absent', reply: 'absent' },
      waiting_for_customer: { response: 'counts', workaround: 'pauses', resolution: 'absent', update: 'absent', reply: 'absent' },
      waiting_for_development: { response: 'counts', workaround: 'counts', resolution: 'absent', update: 'absent', reply: 'absent' },
      closed: { response: 'stops', workaround: 'stops', resolution: 'absent', update: 'absent', reply: 'absent' },
    },
  },
];

/**
 * Mon 2026-03-02: created 09:00 (acknowledged at once, except for the response timer, which an
 * acknowledgement would stop), In Progress 09:10, then `status` 09:20; looked at 09:50.
 */
function scenario(preset: Preset, kind: TimerKind, status: Status) {
  const time = (hhmm: string) => `2026-03-02T${hhmm}:00${preset.offset}`; // Mon
  const list: Parameters<typeof events> = [{ at: time('09:00'), kind: 'created', ...preset.ticket[kind] }];
  if (kind !== 'response') list.push({ at: time('09:00'), kind: 'acknowledged' });
  if (status !== 'new') list.push({ at: time('09:10'), kind: 'status_changed', status: 'in_progress' });
  if (status !== 'new' && status !== 'in_progress') list.push({ at: time('09:20'), kind: 'status_changed', status });
  return clocksAt(preset.plan, events(...list), time('09:50')).timers[kind];
}

const TABLE_ROWS = PRESETS.flatMap((preset) =>
  STATUSES_IN_ORDER.flatMap((status) => TIMERS.map((kind) => ({ preset, name: preset.name, status, kind, behaviour: preset.table[status][kind] }))),
);

describe('timer pauses, per preset × status × timer', () => {
  it.each(TABLE_ROWS)('$name › in $status the $kind timer $behaviour', ({ preset, status, kind, behaviour }) => {
    const timer = scenario(preset, kind, status);
    const expected = kind === 'reply' ? REPLY_OBSERVED[behaviour] : OBSERVED[behaviour];
    if (expected === undefined) expect(timer).toBeUndefined();
    else expect(timer).toMatchObject(expected);
  });
});

describe('the response timer', () => {
  const WAITING_OVERNIGHT = [
    // 7.5 h Mon (09:00–16:30) + 1.5 h Tue (08:30–10:00)
    { name: 'Scope4mation', plan: scope, ticket: { type: 'bug', priority: 'normal' }, offset: '+01:00', elapsedMs: 9 * HOUR },
    // 8 h Mon (09:00–17:00) + 1.5 h Tue (08:30–10:00)
    { name: 'Connect & Engage', plan: ce, ticket: { type: 'request', priority: 'normal' }, offset: '+01:00', elapsedMs: 9.5 * HOUR },
    // 8 h Mon (09:00–17:00) + 1 h Tue (09:00–10:00)
    { name: 'Konneqt Enterprise', plan: enterprise, ticket: { type: 'incident', priority: 'p2' }, offset: '-05:00', elapsedMs: 9 * HOUR },
  ];
  it.each(WAITING_OVERNIGHT)('keeps counting on $name while the ticket waits for the customer, and breaches', ({ plan, ticket, offset, elapsedMs }) => {
    const log = events(
      { at: `2026-03-02T09:00:00${offset}`, kind: 'created', ...ticket }, // Mon
      { at: `2026-03-02T10:00:00${offset}`, kind: 'status_changed', status: 'waiting_for_customer' },
    );
    expect(clocksAt(plan, log, `2026-03-03T10:00:00${offset}`).timers.response).toMatchObject({ state: 'breached', isRunning: true, elapsedMs }); // Tue
  });

  const RESPONSE_KINDS = ['responded', 'acknowledged'] as const;
  const RESPONDERS = [
    { name: 'Scope4mation', plan: scope, ticket: { type: 'bug', priority: 'normal' }, offset: '+01:00' },
    { name: 'Connect & Engage', plan: ce, ticket: { type: 'request', priority: 'normal' }, offset: '+01:00' },
    { name: 'Konneqt Enterprise', plan: enterprise, ticket: { type: 'incident', priority: 'p2' }, offset: '-05:00' },
    { name: 'Konneqt Basic', plan: basic, ticket: { type: 'incident', priority: 'p2' }, offset: '-03:00' },
  ];
  it.each(RESPONDERS.flatMap((r) => RESPONSE_KINDS.map((kind) => ({ ...r, kind }))))('stops on $name at an event "$kind"', ({ plan, ticket, offset, kind }) => {
    const log = events({ at: `2026-03-02T09:00:00${offset}`, kind: 'created', ...ticket }, { at: `2026-03-02T10:00:00${offset}`, kind }); // Mon
    expect(clocksAt(plan, log, `2026-03-02T12:00:00${offset}`).timers.response).toMatchObject({
      state: 'met',
      isRunning: false,
      elapsedMs: HOUR,
      stoppedAt: at(`2026-03-02T10:00:00${offset}`),
    });
  });

  it.each(RESPONSE_KINDS)('restarts the Connect & Engage P3 update cadence at an event "%s", as at an update sent', (kind) => {
    const log = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'incident', priority: 'p3' }, { at: '2026-03-02T10:00:00+01:00', kind }); // Mon
    expect(clocksAt(ce, log, '2026-03-02T10:30:00+01:00').timers.update).toMatchObject({ state: 'running', elapsedMs: 30 * MINUTE });
  });

  describe('on Konneqt, from the earlier of the report and awareness', () => {
    const incident = (extra: Record<string, unknown>) =>
      events({ at: '2026-03-02T11:00:00-05:00', kind: 'created', type: 'incident', priority: 'p2', ...extra }); // Mon
    it('starts at the report when it is the earlier', () => {
      const { timers } = clocksAt(
        enterprise,
        incident({ reportedAt: '2026-03-02T09:30:00-05:00', awareAt: '2026-03-02T10:00:00-05:00' }),
        '2026-03-02T11:30:00-05:00',
      );
      expect(timers.response).toMatchObject({ elapsedMs: 2 * HOUR, startedAt: at('2026-03-02T09:30:00-05:00') });
    });
    it('starts at awareness when it is the earlier', () => {
      const { timers } = clocksAt(
        enterprise,
        incident({ reportedAt: '2026-03-02T10:00:00-05:00', awareAt: '2026-03-02T09:15:00-05:00' }),
        '2026-03-02T11:30:00-05:00',
      );
      expect(timers.response).toMatchObject({ elapsedMs: 2 * HOUR + 15 * MINUTE, startedAt: at('2026-03-02T09:15:00-05:00') });
    });
    it('starts at the report when there is no awareness', () => {
      const { timers } = clocksAt(enterprise, incident({ reportedAt: '2026-03-02T10:00:00-05:00' }), '2026-03-02T11:30:00-05:00');
      expect(timers.response?.elapsedMs).toBe(90 * MINUTE);
    });
    it('starts at awareness when there is no report', () => {
      const { timers } = clocksAt(enterprise, incident({ awareAt: '2026-03-02T10:30:00-05:00' }), '2026-03-02T11:30:00-05:00');
      expect(timers.response?.elapsedMs).toBe(HOUR);
    });
    it('starts at registration when both the report and awareness are later', () => {
      const { timers } = clocksAt(
        enterprise,
        incident({ reportedAt: '2026-03-02T11:30:00-05:00', awareAt: '2026-03-02T11:45:00-05:00' }),
        '2026-03-02T12:00:00-05:00',
      );
      expect(timers.response).toMatchObject({ elapsedMs: HOUR, startedAt: at('2026-03-02T11:00:00-05:00') });
    });
    it('counts a report made before opening from the opening (09:00)', () => {
      const { timers } = clocksAt(enterprise, incident({ reportedAt: '2026-03-02T07:00:00-05:00' }), '2026-03-02T11:30:00-05:00');
      expect(timers.response?.elapsedMs).toBe(150 * MINUTE);
    });
    it('applies on Basic too, at UTC−3', () => {
      const log = events({ at: '2026-03-02T11:00:00-03:00', kind: 'created', type: 'incident', priority: 'p2', awareAt: '2026-03-02T10:00:00-03:00' }); // Mon
      expect(clocksAt(basic, log, '2026-03-02T11:30:00-03:00').timers.response?.elapsedMs).toBe(90 * MINUTE);
    });
  });

  describe('elsewhere, from registration', () => {
    it('ignores an earlier report and awareness on Scope4mation', () => {
      const log = events({
        at: '2026-03-02T11:00:00+01:00',
        kind: 'created',
        type: 'bug',
        priority: 'normal',
        reportedAt: '2026-03-02T09:00:00+01:00',
        awareAt: '2026-03-02T09:30:00+01:00',
      }); // Mon
      expect(clocksAt(scope, log, '2026-03-02T11:30:00+01:00').timers.response?.elapsedMs).toBe(30 * MINUTE);
    });
    it('ignores an earlier report and awareness on Connect & Engage', () => {
      const log = events({
        at: '2026-03-02T11:00:00+01:00',
        kind: 'created',
        type: 'request',
        priority: 'high',
        reportedAt: '2026-03-02T09:00:00+01:00',
        awareAt: '2026-03-02T09:30:00+01:00',
      }); // Mon
      expect(clocksAt(ce, log, '2026-03-02T11:30:00+01:00').timers.response?.elapsedMs).toBe(30 * MINUTE);
    });
  });
});

describe('Konneqt workaround, resolution and update timers', () => {
  const KINDS = ['workaround', 'resolution', 'update'] as const;
  const created = { at: '2026-03-02T09:00:00-05:00', kind: 'created' as const, type: 'incident', priority: 'p2', reportedAt: '2026-03-02T08:00:00-05:00' }; // Mon
  it.each(KINDS)('leaves the %s timer pending until the acknowledgement', (kind) => {
    expect(clocksAt(enterprise, events(created), '2026-03-02T10:00:00-05:00').timers[kind]).toMatchObject({
      state: 'pending',
      isRunning: false,
      elapsedMs: 0,
      due: null,
    });
  });
  it.each(KINDS)('starts the %s timer at the acknowledgement, not at the report', (kind) => {
    const log = events(created, { at: '2026-03-02T10:00:00-05:00', kind: 'acknowledged' });
    expect(clocksAt(enterprise, log, '2026-03-02T12:00:00-05:00').timers[kind]).toMatchObject({
      state: 'running',
      elapsedMs: 2 * HOUR,
      startedAt: at('2026-03-02T10:00:00-05:00'),
    });
  });
  it.each(KINDS)('starts the %s timer at a "responded" event just like at an acknowledgement', (kind) => {
    const log = events(created, { at: '2026-03-02T10:00:00-05:00', kind: 'responded' });
    expect(clocksAt(enterprise, log, '2026-03-02T12:00:00-05:00').timers[kind]).toMatchObject({
      state: 'running',
      elapsedMs: 2 * HOUR,
      startedAt: at('2026-03-02T10:00:00-05:00'),
    });
  });
  it('restarts the update cadence at each update sent', () => {
    const log = events(created, { at: '2026-03-02T09:00:00-05:00', kind: 'acknowledged' }, { at: '2026-03-02T11:00:00-05:00', kind: 'update_sent' });
    expect(clocksAt(enterprise, log, '2026-03-02T12:00:00-05:00').timers.update).toMatchObject({
      state: 'running',
      elapsedMs: HOUR,
      startedAt: at('2026-03-02T11:00:00-05:00'),
    });
  });
  it('leaves the Basic workaround timer pending until the acknowledgement', () => {
    const log = events({ at: '2026-03-02T09:00:00-03:00', kind: 'created', type: 'incident', priority: 'p1' }); // Mon
    expect(clocksAt(basic, log, '2026-03-02T10:00:00-03:00').timers.workaround).toMatchObject({ state: 'pending', elapsedMs: 0 });
  });
});

describe('Scope4mation resolution in Waiting for Development', () => {
  const log = events(
    { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }, // Mon
    { at: '2026-03-02T09:30:00+01:00', kind: 'responded' },
    { at: '2026-03-02T09:30:00+01:00', kind: 'status_changed', status: 'in_progress' },
    { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_development' },
    { at: '2026-03-04T10:00:00+01:00', kind: 'status_changed', status: 'in_progress' }, // Wed: delivered
  );
  it('pauses while the fix waits for a release', () => {
    expect(clocksAt(scope, log, '2026-03-03T12:00:00+01:00').timers.resolution).toMatchObject({ state: 'paused', elapsedMs: HOUR, due: null }); // Tue
  });
  it('runs again from its elapsed time when the ticket returns to In Progress', () => {
    expect(clocksAt(scope, log, '2026-03-04T12:00:00+01:00').timers.resolution).toMatchObject({ state: 'running', elapsedMs: 3 * HOUR }); // Wed
  });
});

describe('default priorities, through the clocks', () => {
  const scopeTicket = (environment: string) => events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'question', environment }); // Mon
  it.each(['acceptance', 'test'])('gives a Scope4mation %s ticket Low, with Low targets', (environment) => {
    const { priority, timers } = clocksAt(scope, scopeTicket(environment), '2026-03-02T10:00:00+01:00');
    expect({ priority, response: timers.response?.targetMs, resolution: timers.resolution?.targetMs }).toEqual({
      priority: 'low',
      response: 8 * HOUR,
      resolution: 32 * HOUR,
    });
  });
  it('gives a Scope4mation production ticket Normal, with Normal targets', () => {
    const { priority, timers } = clocksAt(scope, scopeTicket('production'), '2026-03-02T10:00:00+01:00');
    expect({ priority, response: timers.response?.targetMs, resolution: timers.resolution?.targetMs }).toEqual({
      priority: 'normal',
      response: 4 * HOUR,
      resolution: 16 * HOUR,
    });
  });
  it('keeps a priority raised on a Scope4mation test ticket', () => {
    const log = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'question', environment: 'test', priority: 'high' }); // Mon
    expect(clocksAt(scope, log, '2026-03-02T10:00:00+01:00').priority).toBe('high');
  });
  it('gives a Konneqt Enterprise incident P3', () => {
    const log = events({ at: '2026-03-02T09:00:00-05:00', kind: 'created', type: 'incident' }); // Mon
    expect(clocksAt(enterprise, log, '2026-03-02T10:00:00-05:00').priority).toBe('p3');
  });
  it('gives a Konneqt Basic incident P3', () => {
    const log = events({ at: '2026-03-02T09:00:00-03:00', kind: 'created', type: 'incident' }); // Mon
    expect(clocksAt(basic, log, '2026-03-02T10:00:00-03:00').priority).toBe('p3');
  });
  it('gives a Connect & Engage request Normal', () => {
    const log = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'request' }); // Mon
    expect(clocksAt(ce, log, '2026-03-02T10:00:00+01:00').priority).toBe('normal');
  });
  it('gives a Connect & Engage incident P3, with 120-minute updates in business hours', () => {
    const log = events({ at: '2026-03-02T16:00:00+01:00', kind: 'created', type: 'incident' }); // Mon
    const { priority, timers } = clocksAt(ce, log, '2026-03-02T16:30:00+01:00');
    expect(priority).toBe('p3');
    expect(timers.update).toMatchObject({ state: 'running', elapsedMs: 30 * MINUTE, targetMs: 120 * MINUTE });
    expect(iso(timers.update?.due as number, AMS)).toBe('2026-03-03T09:30:00+01:00'); // Tue: 90 min left = 30 min Mon (to 17:00) + 1 h from 08:30
  });
});

describe("the customer's reply term (Scope4mation, 10 business days)", () => {
  const created = { at: '2026-03-02T09:00:00+01:00', kind: 'created' as const, type: 'bug', priority: 'normal' }; // Mon
  const waitingAgain = events(
    created,
    { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
    { at: '2026-03-04T10:00:00+01:00', kind: 'status_changed', status: 'in_progress' }, // Wed: 16 h waited
    { at: '2026-03-05T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' }, // Thu
  );
  it('starts over at each entry into Waiting for Customer', () => {
    expect(clocksAt(scope, waitingAgain, '2026-03-05T12:00:00+01:00').timers.reply).toMatchObject({
      state: 'running',
      elapsedMs: 2 * HOUR,
      targetMs: 80 * HOUR,
    });
  });
  it('is due 10 business days after the second entry', () => {
    expect(iso(clocksAt(scope, waitingAgain, '2026-03-05T12:00:00+01:00').timers.reply?.due as number, AMS)).toBe('2026-03-19T10:00:00+01:00'); // Thu
  });
  it('stops when the customer replies (the ticket leaves Waiting for Customer)', () => {
    expect(clocksAt(scope, waitingAgain, '2026-03-04T12:00:00+01:00').timers.reply).toMatchObject({ state: 'met', isRunning: false, elapsedMs: 16 * HOUR });
  });
  it('does not start over when Waiting for Customer is set again while waiting', () => {
    const log = events(
      created,
      { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
      { at: '2026-03-03T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' }, // Tue
    );
    expect(clocksAt(scope, log, '2026-03-03T12:00:00+01:00').timers.reply?.elapsedMs).toBe(10 * HOUR);
  });
  it('does not run for a Development Request, which has no SLA timers', () => {
    const log = events(
      { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'development_request' }, // Mon
      { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
    );
    expect(clocksAt(scope, log, '2026-03-02T12:00:00+01:00').timers).toEqual({});
  });
  it.each([
    { name: 'Connect & Engage', plan: ce, ticket: { type: 'request', priority: 'normal' }, offset: '+01:00' },
    { name: 'Konneqt Enterprise', plan: enterprise, ticket: { type: 'incident', priority: 'p2' }, offset: '-05:00' },
  ])('does not exist on $name', ({ plan, ticket, offset }) => {
    const log = events(
      { at: `2026-03-02T09:00:00${offset}`, kind: 'created', ...ticket },
      { at: `2026-03-02T10:00:00${offset}`, kind: 'status_changed', status: 'waiting_for_customer' },
    ); // Mon
    expect(clocksAt(plan, log, `2026-03-02T12:00:00${offset}`).timers.reply).toBeUndefined();
  });
});

describe('breach: exactly at the target has not breached, one millisecond more has', () => {
  const ROWS = [
    {
      name: 'Scope4mation Normal resolution (16 office hours: Mon 7.5 h, Tue 8 h, Wed 0.5 h)',
      plan: scope,
      kind: 'resolution' as const,
      log: events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }), // Mon
      exact: '2026-03-04T09:00:00+01:00', // Wed
      later: '2026-03-04T09:00:00.001+01:00',
    },
    {
      name: 'Scope4mation SaaS unavailable response (15 minutes, 24/7, on a Saturday night)',
      plan: scope,
      kind: 'response' as const,
      log: events({ at: '2026-03-07T02:00:00+01:00', kind: 'created', type: 'disruption', priority: 'saas_unavailable' }), // Sat
      exact: '2026-03-07T02:15:00+01:00',
      later: '2026-03-07T02:15:00.001+01:00',
    },
    {
      name: 'Scope4mation reply term (80 office hours)',
      plan: scope,
      kind: 'reply' as const,
      log: events(
        { at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal' }, // Mon
        { at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' },
      ),
      exact: '2026-03-16T10:00:00+01:00', // Mon
      later: '2026-03-16T10:00:00.001+01:00',
    },
    {
      name: 'Connect & Engage P1 update (15 minutes, 24/7, on a Saturday)',
      plan: ce,
      kind: 'update' as const,
      log: events({ at: '2026-03-07T10:00:00+01:00', kind: 'created', type: 'incident', priority: 'p1' }), // Sat
      exact: '2026-03-07T10:15:00+01:00',
      later: '2026-03-07T10:15:00.001+01:00',
    },
    {
      name: 'Connect & Engage High response (1 business hour)',
      plan: ce,
      kind: 'response' as const,
      log: events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'request', priority: 'high' }), // Mon
      exact: '2026-03-02T10:00:00+01:00',
      later: '2026-03-02T10:00:00.001+01:00',
    },
    {
      name: 'Konneqt Enterprise P1 response (1 business hour)',
      plan: enterprise,
      kind: 'response' as const,
      log: events({ at: '2026-03-02T09:00:00-05:00', kind: 'created', type: 'incident', priority: 'p1' }), // Mon
      exact: '2026-03-02T10:00:00-05:00',
      later: '2026-03-02T10:00:00.001-05:00',
    },
    {
      name: 'Konneqt Basic P1 response (2 business hours at UTC−3)',
      plan: basic,
      kind: 'response' as const,
      log: events({ at: '2026-03-02T09:00:00-03:00', kind: 'created', type: 'incident', priority: 'p1' }), // Mon
      exact: '2026-03-02T11:00:00-03:00',
      later: '2026-03-02T11:00:00.001-03:00',
    },
  ];
  it.each(ROWS)('has not breached the $name at exactly the target', ({ plan, kind, log, exact }) => {
    expect(clocksAt(plan, log, exact).timers[kind]).toMatchObject({ state: 'running', remainingMs: 0 });
  });
  it.each(ROWS)('has breached the $name one millisecond later', ({ plan, kind, log, later }) => {
    expect(clocksAt(plan, log, later).timers[kind]).toMatchObject({ state: 'breached', remainingMs: -1 });
  });

  describe('when the target runs out exactly at closing', () => {
    // Konneqt Enterprise P1 workaround: 24 h of 8×5 from Mon 09:00 = Mon, Tue, Wed until 17:00.
    const log = events(
      { at: '2026-03-02T09:00:00-05:00', kind: 'created', type: 'incident', priority: 'p1' }, // Mon
      { at: '2026-03-02T09:00:00-05:00', kind: 'acknowledged' },
    );
    it('is due at 17:00 on the third day', () => {
      expect(iso(clocksAt(enterprise, log, '2026-03-02T09:00:00-05:00').timers.workaround?.due as number, NY)).toBe('2026-03-04T17:00:00-05:00'); // Wed
    });
    it('has not breached at closing time', () => {
      expect(clocksAt(enterprise, log, '2026-03-04T17:00:00-05:00').timers.workaround).toMatchObject({ state: 'running', remainingMs: 0 });
    });
    it('has not breached overnight, outside working time', () => {
      expect(clocksAt(enterprise, log, '2026-03-05T08:59:59.999-05:00').timers.workaround).toMatchObject({ state: 'running', remainingMs: 0 }); // Thu
    });
    it('breaches one millisecond into the next opening', () => {
      expect(clocksAt(enterprise, log, '2026-03-05T09:00:00.001-05:00').timers.workaround).toMatchObject({ state: 'breached', remainingMs: -1 }); // Thu
    });
  });
});
