import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { events, planOf } from '../test-support/ticket';
import { decideCommand, decideOnLog, type TicketCommand } from './ticket-commands';
import { ticketClocks } from './ticket-clocks';
import type { TicketEvent } from './ticket-event';
import { summarizeTicket } from './ticket-summary';
import { InputError } from '../validation/issues';

const plan = planOf('scope4mation', 'support');
let ids = 0;

function run(log: TicketEvent[], command: TicketCommand, now: string): TicketEvent[] {
  const summary = summarizeTicket(log, plan);
  const clocks = ticketClocks(plan, log, at(now));
  return decideCommand(command, { plan, summary, clocks, now: at(now), by: 'Ann', workstation: 'ws-1', newId: () => `id-${++ids}` });
}

const created = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal', number: 'T-1', title: 'Login fails' });

describe('decideCommand', () => {
  it('turns a first response on a new ticket into responded + in progress', () => {
    expect(run(created, { kind: 'respond' }, '2026-03-02T09:30:00+01:00').map((e) => e.kind)).toEqual(['responded', 'status_changed']);
  });
  it('refuses a move the status flow does not allow, naming the field', () => {
    const log = [...created, ...events({ at: '2026-03-02T09:10:00+01:00', kind: 'status_changed', status: 'waiting_for_development' })];
    expect(() => run(log, { kind: 'set_status', status: 'closed' }, '2026-03-02T10:00:00+01:00')).toThrow(
      /^status: cannot move from waiting_for_development to closed/,
    );
  });
  it('requires a reason for a priority change and a phone call for High', () => {
    expect(() => run(created, { kind: 'set_priority', priority: 'low', reason: ' ' }, '2026-03-02T10:00:00+01:00')).toThrow(
      /^reason: a priority change needs a reason/,
    );
    expect(() => run(created, { kind: 'set_priority', priority: 'high', reason: 'outage' }, '2026-03-02T10:00:00+01:00')).toThrow(
      /^call: High must be phoned in/,
    );
    const ok = run(
      created,
      { kind: 'set_priority', priority: 'high', reason: 'outage', call: { purpose: 'report_high', note: 'customer phoned' } },
      '2026-03-02T10:00:00+01:00',
    );
    expect(ok.map((e) => e.kind)).toEqual(['call_logged', 'priority_changed']);
    expect((ok[1] as { callId?: string }).callId).toBe((ok[0] as { callId?: string }).callId);
  });
  it('closes administratively only after the reply term ran out', () => {
    const log = [...created, ...events({ at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' })];
    expect(() => run(log, { kind: 'close_administratively' }, '2026-03-10T10:00:00+01:00')).toThrow(/reply term has run out/);
    const closed = run(log, { kind: 'close_administratively' }, '2026-03-16T10:00:01+01:00');
    expect(closed).toMatchObject([{ kind: 'status_changed', status: 'closed' }]);
  });
  it('only reopens resolved or closed tickets', () => {
    expect(() => run(created, { kind: 'reopen' }, '2026-03-02T10:00:00+01:00')).toThrow(/^status: only a resolved or closed ticket/);
  });
});

describe('decideOnLog', () => {
  const decider = () => {
    let n = 0;
    return { by: 'Bo', workstation: 'ws-2', newId: () => `ev-${++n}` };
  };

  it('decides at now, against the ticket as its log stands, as the decider with its ids', () => {
    const now = at('2026-03-02T09:30:00+01:00');
    expect(decideOnLog(plan, created, { kind: 'respond' }, decider(), now)).toEqual([
      { id: 'ev-1', at: now, by: 'Bo', workstation: 'ws-2', kind: 'responded' },
      { id: 'ev-2', at: now, by: 'Bo', workstation: 'ws-2', kind: 'status_changed', status: 'in_progress' },
    ]);
    // In progress already (by the log): responding changes no status.
    const inProgress = [...created, ...events({ at: '2026-03-02T09:10:00+01:00', kind: 'status_changed', status: 'in_progress' })];
    expect(decideOnLog(plan, inProgress, { kind: 'respond' }, decider(), now).map((e) => e.kind)).toEqual(['responded']);
  });

  it('decides at the ticket’s latest event when this workstation’s clock is behind it', () => {
    const log = [...created, ...events({ at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'in_progress' })];
    const decided = decideOnLog(plan, log, { kind: 'respond' }, decider(), at('2026-03-02T09:30:00+01:00'));
    expect(decided).toEqual([{ id: 'ev-1', at: at('2026-03-02T10:00:00+01:00'), by: 'Bo', workstation: 'ws-2', kind: 'responded' }]);
  });

  it('judges the command by the clocks at the moment it decides at', () => {
    // Waiting for the customer from Monday 10:00: the reply term (ten business days) runs out on Monday 16 March at 10:00.
    const log = [...created, ...events({ at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' })];
    expect(() => decideOnLog(plan, log, { kind: 'close_administratively' }, decider(), at('2026-03-16T09:59:00+01:00'))).toThrow(/reply term has run out/);
    expect(decideOnLog(plan, log, { kind: 'close_administratively' }, decider(), at('2026-03-16T10:00:01+01:00'))).toMatchObject([
      { kind: 'status_changed', status: 'closed', at: at('2026-03-16T10:00:01+01:00') },
    ]);
    // A clock behind the log: decided at the log's latest event (an assignment at 10:30), when the term has run out.
    const assigned = [...log, ...events({ at: '2026-03-16T10:30:00+01:00', kind: 'assigned', assignee: 'Ann' })];
    expect(decideOnLog(plan, assigned, { kind: 'close_administratively' }, decider(), at('2026-03-16T09:00:00+01:00'))).toMatchObject([
      { kind: 'status_changed', status: 'closed', at: at('2026-03-16T10:30:00+01:00') },
    ]);
  });
});

describe('decideCommand refusals as codes', () => {
  const issueOf = (log: TicketEvent[], command: TicketCommand) => {
    try {
      run(log, command, '2026-03-02T10:00:00+01:00');
    } catch (error) {
      if (error instanceof InputError) return error.issues[0];
    }
    throw new Error('expected a refusal');
  };
  const ids = { policy: 'scope4mation', plan: 'support', type: 'bug' };
  it.each<[string, TicketCommand, object]>([
    ['the status it has', { kind: 'set_status', status: 'new' }, { field: 'status', code: 'command.same_status', params: { status: 'new' } }],
    ['an unknown priority', { kind: 'set_priority', priority: 'p9', reason: 'r' }, { code: 'command.unknown_priority', params: { ...ids, priority: 'p9' } }],
    [
      'the priority it has',
      { kind: 'set_priority', priority: 'normal', reason: 'r' },
      { code: 'command.same_priority', params: { ...ids, priority: 'normal' } },
    ],
    ['a change without a reason', { kind: 'set_priority', priority: 'low', reason: '' }, { field: 'reason', code: 'command.reason_required' }],
    [
      'High without a call',
      { kind: 'set_priority', priority: 'high', reason: 'r' },
      { field: 'call', code: 'command.must_phone', params: { ...ids, priority: 'high' } },
    ],
    ['an unknown line', { kind: 'escalate', line: 'l9' }, { field: 'line', code: 'command.unknown_line', params: { ...ids, line: 'l9' } }],
    ['the line it is at', { kind: 'escalate', line: 'first' }, { field: 'line', code: 'command.same_line', params: { ...ids, line: 'first' } }],
    ['an assignment to nobody', { kind: 'assign', assignee: ' ' }, { field: 'assignee', code: 'command.assignee_required' }],
    ['reopening an open ticket', { kind: 'reopen' }, { field: 'status', code: 'command.not_reopenable' }],
    ['closing before the reply term ran out', { kind: 'close_administratively' }, { field: 'status', code: 'command.reply_term_running' }],
    ['a call about nothing', { kind: 'log_call', purpose: 'clarify', note: '' }, { field: 'note', code: 'command.call_note_required' }],
    ['an empty note', { kind: 'add_note', note: '' }, { field: 'note', code: 'command.empty_note' }],
  ])('codes %s, beside the English reason', (_, command, expected) => {
    expect(issueOf(created, command)).toMatchObject({ ...expected, reason: expect.any(String) });
  });
  it('codes a move the flow forbids', () => {
    const log = [...created, ...events({ at: '2026-03-02T09:10:00+01:00', kind: 'status_changed', status: 'waiting_for_development' })];
    expect(issueOf(log, { kind: 'set_status', status: 'closed' })).toMatchObject({
      field: 'status',
      code: 'command.status_flow',
      params: { from: 'waiting_for_development', to: 'closed' },
    });
  });
  it('codes a command on a closed ticket', () => {
    const log = [...created, ...events({ at: '2026-03-02T09:10:00+01:00', kind: 'status_changed', status: 'closed' })];
    expect(issueOf(log, { kind: 'respond' })).toMatchObject({ field: 'status', code: 'command.closed' });
  });
  it('codes resolving a resolved ticket', () => {
    const log = [...created, ...events({ at: '2026-03-02T09:10:00+01:00', kind: 'resolved' })];
    expect(issueOf(log, { kind: 'resolve' })).toMatchObject({ field: 'status', code: 'command.already_resolved' });
  });
});

describe('summarizeTicket', () => {
  it('is a fold of the log: status, priority, line and assignee as last set', () => {
    const log = [
      ...created,
      ...events(
        { at: '2026-03-02T09:05:00+01:00', kind: 'escalated', line: 'second' },
        { at: '2026-03-02T09:06:00+01:00', kind: 'assigned', assignee: 'Bob' },
        { at: '2026-03-02T09:07:00+01:00', kind: 'priority_changed', priority: 'low' },
        { at: '2026-03-02T09:08:00+01:00', kind: 'status_changed', status: 'closed' },
        { at: '2026-03-02T09:09:00+01:00', kind: 'reopened' },
      ),
    ];
    expect(summarizeTicket(log, plan)).toMatchObject({
      number: 'T-1',
      title: 'Login fails',
      status: 'in_progress',
      priority: 'low',
      line: 'second',
      assignee: 'Bob',
      eventCount: 6,
    });
  });
});

describe('decideCommand › convene_war_team', () => {
  const konneqt = planOf('konneqt', 'enterprise');
  // Mon 2 March 2026, 10:00 in New York: a Konneqt P1 incident.
  const incident = events({ at: '2026-03-02T10:00:00-05:00', kind: 'created', type: 'incident', priority: 'p1', number: 'T-7', title: 'Gateway down' });
  const plan = { assessment: 'Gateway pods crash-loop', mitigation: 'Fail over to region B', resources: 'Two SREs, on call all night', updateEvery: '1 hour' };
  const convene = (p: typeof konneqt, log: TicketEvent[], members: string[], warPlan = plan) =>
    decideCommand(
      { kind: 'convene_war_team', members, plan: warPlan },
      {
        plan: p,
        summary: summarizeTicket(log, p),
        clocks: ticketClocks(p, log, at('2026-03-02T11:00:00-05:00')),
        now: at('2026-03-02T11:00:00-05:00'),
        by: 'Ann',
        workstation: 'ws-1',
        newId: () => `id-${++ids}`,
      },
    );

  it('records the members (trimmed, blank lines dropped) and the response plan as one event', () => {
    const [event] = convene(konneqt, incident, [' Ann (support) ', '', 'Bo (exec)', 'Cy (subscriber)']);
    expect(event).toMatchObject({ kind: 'war_team_convened', members: ['Ann (support)', 'Bo (exec)', 'Cy (subscriber)'], plan });
  });

  it('refuses a war team without members, or a plan missing a part, naming the field', () => {
    expect(() => convene(konneqt, incident, [' ', ''])).toThrow(/^members: name at least one member/);
    expect(() => convene(konneqt, incident, ['Ann'], { ...plan, mitigation: '  ' })).toThrow(/^plan\.mitigation: the response plan needs this part/);
  });

  it('is refused on a policy without a war team', () => {
    expect(() => convene(planOf('scope4mation', 'support'), created, ['Ann'])).toThrow(/^status: this policy has no war team/);
  });
});

describe('decideCommand › the events each command produces', () => {
  const NOW = '2026-03-02T10:00:00+01:00'; // Mon
  /** The events of a command, with ids e-1, e-2… in the order they were asked for. */
  function decide(p: typeof plan, log: TicketEvent[], command: TicketCommand, now = NOW): TicketEvent[] {
    let n = 0;
    return decideCommand(command, {
      plan: p,
      summary: summarizeTicket(log, p),
      clocks: ticketClocks(p, log, at(now)),
      now: at(now),
      by: 'Ann',
      workstation: 'ws-1',
      newId: () => `e-${++n}`,
    });
  }
  const stamp = { at: at(NOW), by: 'Ann', workstation: 'ws-1' };
  const inProgress = [...created, ...events({ at: '2026-03-02T09:10:00+01:00', kind: 'status_changed', status: 'in_progress' })];

  it('responds with a note, and moves a new ticket to In Progress', () => {
    expect(decide(plan, created, { kind: 'respond', note: 'looking into it' })).toEqual([
      { id: 'e-1', ...stamp, kind: 'responded', note: 'looking into it' },
      { id: 'e-2', ...stamp, kind: 'status_changed', status: 'in_progress' },
    ]);
  });
  it('responds to a ticket already in progress without another status change', () => {
    expect(decide(plan, inProgress, { kind: 'respond' })).toEqual([{ id: 'e-1', ...stamp, kind: 'responded' }]);
  });
  it('acknowledges', () => {
    expect(decide(plan, created, { kind: 'acknowledge' })).toEqual([{ id: 'e-1', ...stamp, kind: 'acknowledged' }]);
  });
  it('sends an update where the priority sets a cadence (Connect & Engage P1)', () => {
    const engage = planOf('connect-engage', 'standard');
    const p1 = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'incident', priority: 'p1' });
    expect(decide(engage, p1, { kind: 'send_update', note: 'still on it' })).toEqual([{ id: 'e-1', ...stamp, kind: 'update_sent', note: 'still on it' }]);
  });
  it('changes the status', () => {
    expect(decide(plan, created, { kind: 'set_status', status: 'waiting_for_customer' })).toEqual([
      { id: 'e-1', ...stamp, kind: 'status_changed', status: 'waiting_for_customer' },
    ]);
  });
  it('changes the priority with its reason as the note, without a call where none is needed', () => {
    expect(decide(plan, created, { kind: 'set_priority', priority: 'low', reason: 'cosmetic' })).toEqual([
      { id: 'e-1', ...stamp, kind: 'priority_changed', priority: 'low', note: 'cosmetic' },
    ]);
  });
  it('links a priority change to the phone log’s call when it names one', () => {
    const call = { purpose: 'report_high', note: 'customer phoned', callId: 'call-7' } as const;
    expect(decide(plan, created, { kind: 'set_priority', priority: 'high', reason: 'outage', call })).toEqual([
      { id: 'e-1', ...stamp, kind: 'call_logged', callId: 'call-7', purpose: 'report_high', note: 'customer phoned' },
      { id: 'e-2', ...stamp, kind: 'priority_changed', priority: 'high', note: 'outage', callId: 'call-7' },
    ]);
  });
  it('escalates to another line', () => {
    expect(decide(plan, created, { kind: 'escalate', line: 'third' })).toEqual([{ id: 'e-1', ...stamp, kind: 'escalated', line: 'third' }]);
  });
  it('assigns to the agent named, trimmed', () => {
    expect(decide(plan, created, { kind: 'assign', assignee: '  Bob ' })).toEqual([{ id: 'e-1', ...stamp, kind: 'assigned', assignee: 'Bob' }]);
  });
  it('gives a workaround while the workaround target runs (Konneqt, after acknowledgement)', () => {
    const konneqt = planOf('konneqt', 'enterprise');
    const acked = events(
      { at: '2026-03-02T03:00:00-05:00', kind: 'created', type: 'incident', priority: 'p1' },
      { at: '2026-03-02T03:10:00-05:00', kind: 'acknowledged' },
    );
    expect(decide(konneqt, acked, { kind: 'give_workaround', note: 'restart the gateway' })).toEqual([
      { id: 'e-1', ...stamp, kind: 'workaround_given', note: 'restart the gateway' },
    ]);
  });
  it('resolves and reopens, with or without a note', () => {
    expect(decide(plan, created, { kind: 'resolve', note: 'fixed in 4.2' })).toEqual([{ id: 'e-1', ...stamp, kind: 'resolved', note: 'fixed in 4.2' }]);
    const resolved = [...created, ...events({ at: '2026-03-02T09:30:00+01:00', kind: 'resolved' })];
    expect(decide(plan, resolved, { kind: 'reopen', note: 'back again' })).toEqual([{ id: 'e-1', ...stamp, kind: 'reopened', note: 'back again' }]);
    expect(decide(plan, resolved, { kind: 'reopen' })).toEqual([{ id: 'e-1', ...stamp, kind: 'reopened' }]);
  });
  it('logs a call with its purpose under a new id, or the phone log’s id', () => {
    const [call] = decide(plan, created, { kind: 'log_call', purpose: 'clarify', note: 'asked for logs' }) as [TicketEvent & { callId?: string }];
    expect(call).toEqual({ id: call.id, ...stamp, kind: 'call_logged', callId: call.callId, purpose: 'clarify', note: 'asked for logs' });
    // Two new ids: the event's and the call's.
    expect(new Set([call.id, call.callId])).toEqual(new Set(['e-1', 'e-2']));
    expect(decide(plan, created, { kind: 'log_call', note: 'asked for logs', callId: 'call-7' })).toEqual([
      { id: 'e-1', ...stamp, kind: 'call_logged', callId: 'call-7', note: 'asked for logs' },
    ]);
  });
  it('adds a note as written', () => {
    expect(decide(plan, created, { kind: 'add_note', note: ' see #12 ' })).toEqual([{ id: 'e-1', ...stamp, kind: 'note_added', note: ' see #12 ' }]);
  });

  const refusalOf = (p: typeof plan, log: TicketEvent[], command: TicketCommand) => {
    try {
      decide(p, log, command);
    } catch (error) {
      if (error instanceof InputError) return error.issues;
    }
    throw new Error('expected a refusal');
  };
  it('refuses with the reasons in English', () => {
    expect(refusalOf(plan, created, { kind: 'set_status', status: 'new' })).toEqual([
      { field: 'status', reason: 'the ticket is already new', code: 'command.same_status', params: { status: 'new' } },
    ]);
    const ids = { policy: 'scope4mation', plan: 'support', type: 'bug' };
    expect(refusalOf(plan, created, { kind: 'set_priority', priority: 'p9', reason: 'r' })).toEqual([
      { field: 'priority', reason: '"p9" is not a priority for bug in this plan', code: 'command.unknown_priority', params: { ...ids, priority: 'p9' } },
    ]);
    expect(refusalOf(plan, created, { kind: 'set_priority', priority: 'normal', reason: 'r' })).toEqual([
      { field: 'priority', reason: 'the ticket is already normal', code: 'command.same_priority', params: { ...ids, priority: 'normal' } },
    ]);
    expect(refusalOf(plan, created, { kind: 'escalate', line: 'l9' })).toEqual([
      { field: 'line', reason: 'unknown line "l9"', code: 'command.unknown_line', params: { ...ids, line: 'l9' } },
    ]);
    expect(refusalOf(plan, created, { kind: 'escalate', line: 'first' })).toEqual([
      { field: 'line', reason: 'the ticket is already at first', code: 'command.same_line', params: { ...ids, line: 'first' } },
    ]);
    expect(refusalOf(plan, created, { kind: 'assign', assignee: ' ' })).toEqual([
      { field: 'assignee', reason: 'must name an agent', code: 'command.assignee_required' },
    ]);
    expect(refusalOf(plan, created, { kind: 'log_call', note: '  ' })).toEqual([
      { field: 'note', reason: 'say what the call was about', code: 'command.call_note_required' },
    ]);
    expect(refusalOf(plan, created, { kind: 'add_note', note: '  ' })).toEqual([{ field: 'note', reason: 'must not be empty', code: 'command.empty_note' }]);
  });
  it('refuses a war team without members or a plan part, with codes', () => {
    const konneqt = planOf('konneqt', 'enterprise');
    const incident = events({ at: '2026-03-02T03:00:00-05:00', kind: 'created', type: 'incident', priority: 'p1' });
    const warPlan = { assessment: 'a', mitigation: 'm', resources: 'r', updateEvery: '1 hour' };
    expect(refusalOf(konneqt, incident, { kind: 'convene_war_team', members: [' '], plan: warPlan })).toEqual([
      { field: 'members', reason: 'name at least one member of the war team', code: 'command.war_team_members_required' },
    ]);
    expect(refusalOf(konneqt, incident, { kind: 'convene_war_team', members: ['Ann'], plan: { ...warPlan, resources: ' ' } })).toEqual([
      { field: 'plan.resources', reason: 'the response plan needs this part', code: 'command.war_team_plan_required', params: { part: 'resources' } },
    ]);
  });
});
