import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { InputError, parseOrThrow, type InputIssue } from '../validation/issues';
import { instantSchema, toEngineEvent, wireEventSchema, type ParsedWireEvent } from './ticket-event-schema';

const AT = '2026-03-02T09:00:00+01:00'; // Mon
const MS = at(AT);

function issuesOf(value: unknown): readonly InputIssue[] {
  try {
    parseOrThrow(wireEventSchema, value, 'event');
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected a refusal');
}
const parse = (value: unknown) => parseOrThrow(wireEventSchema, value, 'event');
const tooLong = (field: string, maximum: number) => ({ field, reason: `must be at most ${maximum} characters`, code: 'too_long', params: { maximum } });

describe('instantSchema', () => {
  it('reads an ISO-8601 instant with an offset as epoch milliseconds', () => {
    expect(instantSchema.parse('2026-03-02T09:00:00+01:00')).toBe(at('2026-03-02T08:00:00Z'));
  });
  it('refuses a text without an offset with the reason and code of the instant parser', () => {
    expect(() => parseOrThrow(instantSchema, '2026-03-02T09:00:00', 'at')).toThrow(InputError);
    try {
      parseOrThrow(instantSchema, '2026-03-02T09:00:00', 'at');
    } catch (error) {
      expect((error as InputError).issues).toEqual([
        {
          field: 'at',
          reason: '"2026-03-02T09:00:00" must be an ISO-8601 date-time with an offset, e.g. 2026-03-02T09:00:00+01:00',
          code: 'instant.format',
          params: { text: '2026-03-02T09:00:00' },
        },
      ]);
    }
  });
  it('refuses a number, saying it must be an instant string', () => {
    expect(issuesOf({ kind: 'responded', at: 5 })).toEqual([{ field: 'event.at', reason: 'must be an ISO-8601 instant string', code: 'wrong_type.string' }]);
  });
});

describe('wireEventSchema', () => {
  it('reads every kind of event, with the fields of its kind', () => {
    const created = {
      id: 'e1',
      kind: 'created',
      at: AT,
      by: 'Ann',
      workstation: 'ws-1',
      note: 'phoned in',
      type: 'bug',
      priority: 'p1',
      environment: 'acceptance',
      reportedAt: '2026-03-02T08:00:00+01:00',
      awareAt: '2026-03-02T08:30:00+01:00',
      number: 'T-1',
      title: 'Login fails',
      description: 'Since this morning',
      customerId: 'c-1',
      contractId: 'k-1',
      channel: 'monitoring',
    };
    expect(parse(created)).toEqual({ ...created, at: MS, reportedAt: MS - 3_600_000, awareAt: MS - 1_800_000 });
    const others = [
      { kind: 'status_changed', at: AT, status: 'waiting_for_customer' },
      { kind: 'priority_changed', at: AT, priority: 'high', reason: 'outage', callId: 'c-9' },
      { kind: 'call_logged', at: AT, callId: 'c-9', purpose: 'priority_dispute' },
      { kind: 'assigned', at: AT, assignee: 'Bob' },
      { kind: 'escalated', at: AT, line: 'second' },
      {
        kind: 'war_team_convened',
        at: AT,
        members: ['Ann', 'Bo'],
        plan: { assessment: 'down', mitigation: 'fail over', resources: 'two SREs', updateEvery: '1 hour' },
      },
      ...['responded', 'acknowledged', 'workaround_given', 'resolved', 'reopened', 'update_sent', 'note_added'].map((kind) => ({ kind, at: AT })),
    ];
    for (const event of others) expect(parse(event)).toEqual({ ...event, at: MS });
  });

  it('refuses a kind it does not know, listing the kinds', () => {
    expect(issuesOf({ kind: 'deleted', at: AT })).toEqual([
      {
        field: 'event.kind',
        reason:
          'kind must be one of created, responded, acknowledged, status_changed, priority_changed, workaround_given, resolved, reopened, update_sent, call_logged, note_added, assigned, escalated, war_team_convened',
        code: 'one_of',
        params: { options: expect.stringContaining('created') as unknown as string },
      },
    ]);
  });

  it('refuses a field the kind does not know (a typo is an error, not a no-op)', () => {
    expect(issuesOf({ kind: 'status_changed', at: AT, stauts: 'closed', status: 'closed' })).toEqual([
      { field: 'event.stauts', reason: 'unknown field', code: 'unknown_field' },
    ]);
    expect(issuesOf({ kind: 'resolved', at: AT, status: 'closed' })).toEqual([{ field: 'event.status', reason: 'unknown field', code: 'unknown_field' }]);
  });

  it('refuses values outside their choices, listing the choices', () => {
    const oneOf = (field: string, options: string) => ({ field, reason: `must be one of ${options}`, code: 'one_of', params: { options } });
    expect(issuesOf({ kind: 'created', at: AT, environment: 'staging', channel: 'fax' })).toEqual([
      oneOf('event.environment', 'production, acceptance, test'),
      oneOf('event.channel', 'portal, email, phone, monitoring'),
    ]);
    const statuses = 'new, in_progress, waiting_for_customer, waiting_for_development, closed';
    // The choices are Klok's own list: whole, however long (only the user's input is cut short).
    expect(issuesOf({ kind: 'status_changed', at: AT, status: 'done' })).toEqual([oneOf('event.status', statuses)]);
    expect(statuses.length).toBeGreaterThan(60);
    expect(issuesOf({ kind: 'call_logged', at: AT, purpose: 'chat' })).toEqual([oneOf('event.purpose', 'clarify, expedite, priority_dispute, report_high')]);
  });

  it('takes ids of lower-case letters, digits, "_" and "-" that start with a letter or digit', () => {
    for (const good of ['p1', 'saas_unavailable', 'l-2', '9']) expect(parse({ kind: 'escalated', at: AT, line: good })).toMatchObject({ line: good });
    const notAnId = (field: string) => ({ field, reason: 'must be an id such as "normal" or "p1"', code: 'not_an_id' });
    for (const bad of ['', '_p1', 'P1', 'p1 ', 'x p1', 'p!']) expect(issuesOf({ kind: 'escalated', at: AT, line: bad })).toEqual([notAnId('event.line')]);
    expect(issuesOf({ kind: 'priority_changed', at: AT, priority: 'High' })).toEqual([notAnId('event.priority')]);
    expect(issuesOf({ kind: 'created', at: AT, type: 'a b', priority: '-1' })).toEqual([notAnId('event.type'), notAnId('event.priority')]);
  });

  it('takes texts up to their lengths and refuses longer ones', () => {
    const long = (n: number) => 'x'.repeat(n);
    expect(
      parse({ kind: 'created', at: AT, id: 'x', by: long(200), workstation: long(200), note: long(20_000), number: long(40), title: long(300) }),
    ).toMatchObject({ id: 'x', number: long(40) });
    expect(parse({ kind: 'created', at: AT, description: long(20_000), customerId: long(100), contractId: long(100) })).toMatchObject({
      customerId: long(100),
    });
    expect(issuesOf({ kind: 'created', at: AT, id: '' })).toEqual([{ field: 'event.id', reason: expect.any(String) as unknown as string, code: 'empty' }]);
    expect(
      issuesOf({ kind: 'created', at: AT, number: long(41), title: long(301), description: long(20_001), customerId: long(101), contractId: long(101) }),
    ).toEqual([
      tooLong('event.number', 40),
      tooLong('event.title', 300),
      tooLong('event.description', 20_000),
      tooLong('event.customerId', 100),
      tooLong('event.contractId', 100),
    ]);
    expect(issuesOf({ kind: 'assigned', at: AT, assignee: long(201) })).toEqual([tooLong('event.assignee', 200)]);
    expect(issuesOf({ kind: 'call_logged', at: AT, callId: long(101) })).toEqual([tooLong('event.callId', 100)]);
    expect(issuesOf({ kind: 'note_added', at: AT, by: long(201), workstation: long(201), note: long(20_001) }).map((i) => i.field)).toEqual([
      'event.by',
      'event.workstation',
      'event.note',
    ]);
  });

  it('takes a war team of 1 to 50 members and a plan of four parts', () => {
    const plan = { assessment: 'a', mitigation: 'm', resources: 'r', updateEvery: '1 hour' };
    const team = (n: number) => Array.from({ length: n }, (_, i) => `member ${i + 1}`);
    expect(parse({ kind: 'war_team_convened', at: AT, members: team(1), plan })).toMatchObject({ members: ['member 1'] });
    expect(parse({ kind: 'war_team_convened', at: AT, members: team(50), plan })).toMatchObject({ members: team(50) });
    expect(issuesOf({ kind: 'war_team_convened', at: AT, members: [], plan }).map((i) => i.field)).toEqual(['event.members']);
    expect(issuesOf({ kind: 'war_team_convened', at: AT, members: team(51), plan }).map((i) => i.field)).toEqual(['event.members']);
    expect(issuesOf({ kind: 'war_team_convened', at: AT, members: ['x'.repeat(201)], plan })).toEqual([tooLong('event.members[0]', 200)]);
    expect(issuesOf({ kind: 'war_team_convened', at: AT, members: ['Ann'], plan: { ...plan, budget: 'none' } })).toEqual([
      { field: 'event.plan.budget', reason: 'unknown field', code: 'unknown_field' },
    ]);
    expect(issuesOf({ kind: 'war_team_convened', at: AT, members: ['Ann'], plan: { ...plan, updateEvery: 'x'.repeat(201) } })).toEqual([
      tooLong('event.plan.updateEvery', 200),
    ]);
  });
});

describe('toEngineEvent', () => {
  it('gives a created event without a type the fallback type, and keeps a type it has', () => {
    const created = parse({ kind: 'created', at: AT, number: 'T-1' });
    expect(toEngineEvent(created, 'question')).toEqual({ kind: 'created', at: MS, number: 'T-1', type: 'question' });
    expect(toEngineEvent(parse({ kind: 'created', at: AT, type: 'bug' }), 'question')).toEqual({ kind: 'created', at: MS, type: 'bug' });
  });
  it('passes the other events as they are', () => {
    const event: ParsedWireEvent = parse({ kind: 'assigned', at: AT, assignee: 'Bob' });
    expect(toEngineEvent(event, 'question')).toEqual({ kind: 'assigned', at: MS, assignee: 'Bob' });
  });
});
