import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { events, planOf } from '../test-support/ticket';
import { allowedCommands } from './allowed-commands';
import { COMMAND_KINDS, type CommandKind, type TicketCommand } from './ticket-command';
import { decideCommand } from './ticket-commands';
import { ticketClocks } from './ticket-clocks';
import type { TicketEvent } from './ticket-event';
import { summarizeTicket } from './ticket-summary';
import type { InputError } from '../validation/issues';

const scope = planOf('scope4mation', 'support');
const konneqt = planOf('konneqt', 'enterprise');
const engage = planOf('connect-engage', 'standard');
type Plan = typeof scope;

function allowedAt(plan: Plan, log: TicketEvent[], now: string, evaluatedAt = now) {
  return allowedCommands(plan, summarizeTicket(log, plan), ticketClocks(plan, log, at(evaluatedAt)), at(now));
}
const kinds = (a: { commands: ReadonlySet<CommandKind> }) => [...a.commands].sort();

const bug = events({ at: '2026-03-02T09:00:00+01:00', kind: 'created', type: 'bug', priority: 'normal', number: 'T-1001', title: 'Login fails' }); // Mon
const waiting = [...bug, ...events({ at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'waiting_for_customer' })]; // Mon

describe('allowedCommands', () => {
  // Worked out inside each test, not while the tests are collected: a mutation run credits a test
  // only with the code it runs itself.
  describe('on a new Scope4mation ticket', () => {
    const allowed = () => allowedAt(scope, bug, '2026-03-02T09:30:00+01:00'); // Mon
    it('offers responding, resolving and the forms, not reopening, closing or a workaround', () => {
      expect(kinds(allowed())).toEqual(['acknowledge', 'add_note', 'assign', 'escalate', 'log_call', 'resolve', 'respond', 'set_priority', 'set_status']);
      expect(allowed().refusals.reopen?.reason).toBe('only a resolved or closed ticket can be reopened');
    });
    it('lists the statuses of the flow, the other priorities and the other lines, and the next line', () => {
      expect(allowed().statuses).toEqual(['in_progress', 'waiting_for_customer', 'waiting_for_development', 'closed']);
      expect(allowed().priorities.map((p) => p.id)).toEqual(['low', 'high', 'saas_unavailable']);
      expect(allowed().lines.map((l) => l.id)).toEqual(['second', 'third']);
      expect(allowed().nextLine?.id).toBe('second');
    });
  });

  describe('when the ticket has been responded to and escalated to the last line', () => {
    const log = [
      ...bug,
      ...events({ at: '2026-03-02T09:10:00+01:00', kind: 'responded' }, { at: '2026-03-02T09:20:00+01:00', kind: 'escalated', line: 'third' }),
    ];
    it('no longer offers responding, and has no next line', () => {
      const allowed = allowedAt(scope, log, '2026-03-02T09:30:00+01:00'); // Mon
      expect(allowed.commands.has('respond')).toBe(false);
      expect(allowed.refusals.respond).toEqual({ field: 'status', reason: 'the ticket has been responded to already', code: 'command.already_responded' });
      expect(allowed.nextLine).toBeNull();
    });
  });

  describe('when the ticket is closed', () => {
    const log = [...bug, ...events({ at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'closed' })];
    const allowed = () => allowedAt(scope, log, '2026-03-02T11:00:00+01:00'); // Mon
    it('offers only reopening, a note and a call, and no values to change', () => {
      expect(kinds(allowed())).toEqual(['add_note', 'log_call', 'reopen']);
      expect(allowed().refusals.set_status?.reason).toBe('the ticket is closed; reopen it first');
      const { statuses, priorities, lines, nextLine } = allowed();
      expect([statuses, priorities, lines, nextLine]).toEqual([[], [], [], null]);
    });
  });

  describe('when the ticket is resolved but not closed', () => {
    it('offers reopening, not resolving again', () => {
      const log = [...bug, ...events({ at: '2026-03-02T10:00:00+01:00', kind: 'resolved' })];
      const allowed = allowedAt(scope, log, '2026-03-02T11:00:00+01:00'); // Mon
      expect(allowed.commands.has('reopen')).toBe(true);
      expect(allowed.refusals.resolve?.reason).toBe('the ticket is already resolved');
    });
  });

  describe("closing administratively after the customer's reply term", () => {
    it('is refused while the reply term runs', () => {
      expect(allowedAt(scope, waiting, '2026-03-16T10:00:00+01:00').commands.has('close_administratively')).toBe(false); // Mon: exactly 10 business days
    });
    it('is offered one millisecond after the term ran out', () => {
      expect(allowedAt(scope, waiting, '2026-03-16T10:00:00.001+01:00').commands.has('close_administratively')).toBe(true); // Mon
    });
    it('carries clocks evaluated earlier forward to now, as the board does', () => {
      const allowed = allowedAt(scope, waiting, '2026-03-16T10:00:01+01:00', '2026-03-13T09:00:00+01:00'); // now Mon, evaluated Fri
      expect(allowed.commands.has('close_administratively')).toBe(true);
    });
    it('is refused once the ticket no longer waits for the customer', () => {
      const back = [...waiting, ...events({ at: '2026-03-17T09:00:00+01:00', kind: 'status_changed', status: 'in_progress' })]; // Tue
      expect(allowedAt(scope, back, '2026-03-17T10:00:00+01:00').commands.has('close_administratively')).toBe(false);
    });
  });

  describe('timers the plan carries', () => {
    it('offers a workaround only while a workaround target runs (Konneqt, after acknowledgement)', () => {
      const created = events({ at: '2026-03-02T10:00:00-05:00', kind: 'created', type: 'incident', priority: 'p1' }); // Mon
      expect(allowedAt(konneqt, created, '2026-03-02T10:30:00-05:00').commands.has('give_workaround')).toBe(false);
      const acked = [...created, ...events({ at: '2026-03-02T10:10:00-05:00', kind: 'acknowledged' })];
      expect(allowedAt(konneqt, acked, '2026-03-02T10:30:00-05:00').commands.has('give_workaround')).toBe(true);
    });
    it('offers status updates only where the priority sets a cadence (Connect & Engage P1, not P4)', () => {
      const p1 = events({ at: '2026-03-02T10:00:00+01:00', kind: 'created', type: 'incident', priority: 'p1' }); // Mon
      const p4 = events({ at: '2026-03-02T10:00:00+01:00', kind: 'created', type: 'incident', priority: 'p4' }); // Mon
      expect(allowedAt(engage, p1, '2026-03-02T10:30:00+01:00').commands.has('send_update')).toBe(true);
      expect(allowedAt(engage, p4, '2026-03-02T10:30:00+01:00').refusals.send_update?.reason).toBe('this ticket has no status-update cadence');
    });
    it('offers no priority change for a type without priorities (a Konneqt query)', () => {
      const query = events({ at: '2026-03-02T10:00:00-05:00', kind: 'created', type: 'query' }); // Mon
      const allowed = allowedAt(konneqt, query, '2026-03-02T10:30:00-05:00');
      expect(allowed.commands.has('set_priority')).toBe(false);
      expect(allowed.priorities).toEqual([]);
    });
  });
});

describe('allowedCommands › refusals', () => {
  it('gives each refusal its field, English reason, code and the ids a screen names', () => {
    const responded = [...bug, ...events({ at: '2026-03-02T09:10:00+01:00', kind: 'responded' })];
    const { refusals } = allowedAt(scope, responded, '2026-03-02T09:30:00+01:00');
    expect(refusals.acknowledge).toEqual({ field: 'status', reason: 'the ticket has been acknowledged already', code: 'command.already_acknowledged' });
    expect(refusals.send_update).toEqual({ field: 'status', reason: 'this ticket has no status-update cadence', code: 'command.no_update_cadence' });
    expect(refusals.give_workaround).toEqual({ field: 'status', reason: 'no workaround target is running', code: 'command.no_workaround_running' });
    expect(refusals.convene_war_team).toEqual({
      field: 'status',
      reason: 'this policy has no war team',
      code: 'command.no_war_team',
      params: { policy: 'scope4mation', plan: 'support', type: 'bug' },
    });
    const query = events({ at: '2026-03-02T10:00:00-05:00', kind: 'created', type: 'query' }); // Mon
    expect(allowedAt(konneqt, query, '2026-03-02T10:30:00-05:00').refusals.set_priority).toEqual({
      field: 'priority',
      reason: 'a query carries no priority in this plan',
      code: 'command.no_priorities',
      params: { policy: 'konneqt', plan: 'enterprise', type: 'query' },
    });
    const closed = [...bug, ...events({ at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'closed' })];
    expect(allowedAt(scope, closed, '2026-03-02T11:00:00+01:00').refusals.assign).toEqual({
      field: 'status',
      reason: 'the ticket is closed; reopen it first',
      code: 'command.closed',
    });
  });

  it('leaves out of the choices only the ticket’s own priority and line', () => {
    const high = [...bug, ...events({ at: '2026-03-02T09:10:00+01:00', kind: 'priority_changed', priority: 'high' })];
    const allowed = allowedAt(scope, high, '2026-03-02T09:30:00+01:00');
    expect(allowed.priorities.map((p) => p.id)).toEqual(['low', 'normal', 'saas_unavailable']);
    expect(allowed.lines.map((l) => l.id)).toEqual(['second', 'third']);
  });
});

describe('decideCommand agrees with allowedCommands', () => {
  // One well-formed command of every kind; decideCommand refuses exactly those allowedCommands refuses.
  const sample: Record<CommandKind, TicketCommand> = {
    respond: { kind: 'respond' },
    acknowledge: { kind: 'acknowledge' },
    send_update: { kind: 'send_update' },
    set_status: { kind: 'set_status', status: 'in_progress' },
    set_priority: { kind: 'set_priority', priority: 'low', reason: 'agreed' },
    escalate: { kind: 'escalate', line: 'second' },
    convene_war_team: { kind: 'convene_war_team', members: ['Ann'], plan: { assessment: 'a', mitigation: 'm', resources: 'r', updateEvery: '1h' } },
    assign: { kind: 'assign', assignee: 'Bob' },
    give_workaround: { kind: 'give_workaround' },
    resolve: { kind: 'resolve' },
    reopen: { kind: 'reopen' },
    close_administratively: { kind: 'close_administratively' },
    log_call: { kind: 'log_call', purpose: 'clarify', note: 'asked for logs' },
    add_note: { kind: 'add_note', note: 'logs received' },
  };
  const logs: Record<string, TicketEvent[]> = {
    new: bug,
    waiting: waiting,
    resolved: [...bug, ...events({ at: '2026-03-02T10:00:00+01:00', kind: 'resolved' })],
    closed: [...bug, ...events({ at: '2026-03-02T10:00:00+01:00', kind: 'status_changed', status: 'closed' })],
  };
  for (const [name, log] of Object.entries(logs)) {
    for (const now of ['2026-03-02T11:00:00+01:00', '2026-03-17T11:00:00+01:00']) {
      it(`for a ${name} ticket at ${now}`, () => {
        const summary = summarizeTicket(log, scope);
        const clocks = ticketClocks(scope, log, at(now));
        const allowed = allowedCommands(scope, summary, clocks, at(now));
        const refusedByDecide: Partial<Record<CommandKind, unknown>> = {};
        for (const kind of COMMAND_KINDS) {
          try {
            decideCommand(sample[kind], { plan: scope, summary, clocks, now: at(now), by: 'Ann', workstation: 'ws-1', newId: () => 'id' });
          } catch (error) {
            refusedByDecide[kind] = { message: (error as Error).message, issues: (error as InputError).issues };
          }
        }
        // The same refusal, down to its code and parameters, which a screen translates.
        const refusedByRule = Object.fromEntries(
          Object.entries(allowed.refusals).map(([kind, r]) => [kind, { message: `${r.field}: ${r.reason}`, issues: [r] }]),
        );
        expect(refusedByDecide).toEqual(refusedByRule);
      });
    }
  }
});
