import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContractPlans } from '../desk/contract-plans';
import { scope4mation } from '../policy/presets/scope4mation';
import { at } from '../test-support/instants';
import { propertyRuns } from '../test-support/properties';
import type { DeskEvent } from './desk-event';
import { formatHlc, tick, type Hlc } from './hlc';
import { projectDesk, streamsOf } from './project-desk';

const plans = new ContractPlans();

/** A small desk written by two workstations, each with its own clock; returned in write order. */
function twoWorkstationDesk(): DeskEvent[] {
  const clocks: Record<string, Hlc> = { 'ws-a': { wall: 0, counter: 0 }, 'ws-b': { wall: 0, counter: 0 } };
  let n = 0;
  const ev = (workstation: 'ws-a' | 'ws-b', iso: string, kind: string, stream: string, payload: Record<string, unknown>): DeskEvent => {
    const now = at(iso);
    clocks[workstation] = tick(clocks[workstation] as Hlc, now);
    return {
      id: `e${String(++n).padStart(3, '0')}`,
      deskId: 'desk-1',
      workstation,
      by: workstation === 'ws-a' ? 'Anna' : 'Bram',
      hlc: formatHlc(clocks[workstation] as Hlc),
      kind,
      v: 1,
      stream,
      payload: { at: now, ...payload },
    };
  };
  return [
    ev('ws-a', '2026-03-02T08:00:00+01:00', 'workstation.joined', 'ws-a', { code: 'T' }), // Monday
    ev('ws-a', '2026-03-02T08:01:00+01:00', 'customer.added', 'cus-1', { name: 'Gemeente Houten' }),
    ev('ws-a', '2026-03-02T08:01:00+01:00', 'contract.added', 'con-1', { customerId: 'cus-1', name: 'Support', policyId: 'scope4mation', planId: 'support' }),
    ev('ws-b', '2026-03-02T08:02:00+01:00', 'workstation.joined', 'ws-b', { code: 'A' }),
    ev('ws-a', '2026-03-02T09:00:00+01:00', 'created', 'tk-1', {
      type: 'bug',
      number: 'T-1001',
      title: 'Login fails',
      customerId: 'cus-1',
      contractId: 'con-1',
      environment: 'production',
      channel: 'portal',
    }),
    ev('ws-b', '2026-03-02T09:05:00+01:00', 'created', 'tk-2', {
      type: 'question',
      number: 'A-1001',
      title: 'Roles?',
      customerId: 'cus-1',
      contractId: 'con-1',
      environment: 'test',
      channel: 'email',
    }),
    // Both workstations change T-1001 while offline; B's clock is 10 minutes behind A's.
    ev('ws-a', '2026-03-02T09:30:00+01:00', 'responded', 'tk-1', {}),
    ev('ws-b', '2026-03-02T09:20:00+01:00', 'assigned', 'tk-1', { assignee: 'Bram' }),
    ev('ws-a', '2026-03-02T09:40:00+01:00', 'assigned', 'tk-1', { assignee: 'Anna' }),
    ev('ws-b', '2026-03-02T09:50:00+01:00', 'customer.renamed', 'cus-1', { name: 'Gemeente Houten (ICT)' }),
    ev('ws-a', '2026-03-02T09:45:00+01:00', 'desk.setting_changed', 'desk', { key: 'atRiskPercent', value: 80 }),
    ev('ws-b', '2026-03-02T09:46:00+01:00', 'desk.setting_changed', 'desk', { key: 'atRiskPercent', value: 60 }),
    ev('ws-b', '2026-03-02T10:00:00+01:00', 'future.kind_added', 'tk-2', { whatever: true }),
  ];
}

describe('projectDesk', () => {
  const events = twoWorkstationDesk();
  const rows = projectDesk(events, plans);

  it('folds each stream into its row', () => {
    expect(rows.customers).toEqual([{ id: 'cus-1', name: 'Gemeente Houten (ICT)', createdAt: at('2026-03-02T08:01:00+01:00') }]);
    expect(rows.contracts).toEqual([
      { id: 'con-1', customerId: 'cus-1', name: 'Support', policyId: 'scope4mation', planId: 'support', createdAt: at('2026-03-02T08:01:00+01:00') },
    ]);
    expect(rows.workstations).toEqual([
      { id: 'ws-a', code: 'T', joinedAt: at('2026-03-02T08:00:00+01:00') },
      { id: 'ws-b', code: 'A', joinedAt: at('2026-03-02T08:02:00+01:00') },
    ]);
    // The later of the two changes in (hlc, workstation, id) order wins: B's, stamped 09:46.
    expect(rows.deskSettings).toEqual([{ key: 'atRiskPercent', value: 60, changedAt: at('2026-03-02T09:46:00+01:00') }]);
    const t1 = rows.tickets.find((t) => t.id === 'tk-1');
    // B assigned at 09:20 by its own (slow) clock, A at 09:40: A's assignment is the later one.
    expect(t1).toMatchObject({ number: 'T-1001', status: 'new', assignee: 'Anna', isResponded: true, eventCount: 4, isOpen: 1 });
    expect(rows.tickets.find((t) => t.id === 'tk-2')).toMatchObject({ number: 'A-1001', priority: 'low', eventCount: 1 });
  });

  it('keeps events of kinds it does not know out of every row', () => {
    expect(rows.tickets.find((t) => t.id === 'tk-2')?.eventCount).toBe(1);
  });

  it('gives the same rows for any order in which the events arrive', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), (shuffled) => {
        expect(projectDesk(shuffled, plans)).toEqual(rows);
      }),
      propertyRuns(200),
    );
  });
});

describe('projectDesk with a desk policy version', () => {
  it('learns the versions the log adopts before it folds the tickets that run on them, with plans that knew none', () => {
    const ev = (id: string, iso: string, kind: string, stream: string, payload: Record<string, unknown>): DeskEvent => ({
      id,
      deskId: 'desk-1',
      workstation: 'ws-a',
      by: 'Anna',
      hlc: formatHlc({ wall: at(iso), counter: 0 }),
      kind,
      v: 1,
      stream,
      payload: { at: at(iso), ...payload },
    });
    // Version v-high of Scope4mation's policy registers a ticket without a priority as High, where the preset says Normal.
    const highFirst = { ...scope4mation, plans: scope4mation.plans.map((p) => ({ ...p, defaultPriority: 'high' })) };
    const events = [
      ev('e1', '2026-03-02T08:00:00+01:00', 'workstation.joined', 'ws-a', { code: 'T' }), // Monday
      ev('e2', '2026-03-02T08:01:00+01:00', 'customer.added', 'cus-1', { name: 'Gemeente Houten' }),
      ev('e3', '2026-03-02T08:02:00+01:00', 'contract.added', 'con-1', { customerId: 'cus-1', name: 'Support', policyId: 'scope4mation', planId: 'support' }),
      ev('v-high', '2026-03-02T08:30:00+01:00', 'policy.adopted', 'scope4mation', { policy: highFirst, calendars: {} }),
      ev('e5', '2026-03-02T09:00:00+01:00', 'created', 'tk-1', {
        type: 'bug',
        number: 'T-1001',
        title: 'Login fails',
        customerId: 'cus-1',
        contractId: 'con-1',
        environment: 'production',
        channel: 'portal',
        policyVersion: 'v-high',
      }),
    ];
    const fresh = new ContractPlans();
    const rows = projectDesk(events, fresh);
    expect(rows.policies.map((p) => [p.id, p.versions.map((v) => v.versionId)])).toEqual([['scope4mation', ['v-high']]]);
    expect(rows.tickets).toMatchObject([{ id: 'tk-1', priority: 'high', policyVersion: 'v-high' }]);
    // High is answered within 2 h of office hours (08:30–16:30): registered Monday 09:00, due at 11:00 (Normal: 13:00).
    expect(rows.tickets.map((o) => [o.id, o.queueKey])).toEqual([['tk-1', at('2026-03-02T11:00:00+01:00')]]);
    // The plans handed in know the version from then on.
    expect(fresh.planFor({ policyId: 'scope4mation', planId: 'support', policyVersion: 'v-high' }).def.defaultPriority).toBe('high');
  });
});

describe('streamsOf', () => {
  it('groups the events of each stream under the projection they feed, and leaves kinds it does not know out', () => {
    const events = twoWorkstationDesk();
    const streams = streamsOf(events);
    expect([...streams.keys()].sort()).toEqual(['contract', 'customer', 'desk', 'ticket', 'workstation']);
    expect([...(streams.get('ticket') ?? [])].map(([id, list]) => [id, list.map((e) => e.kind)])).toEqual([
      // In stamp order: B's assignment is stamped 09:20 by its slow clock, before A's response at 09:30.
      ['tk-1', ['created', 'assigned', 'responded', 'assigned']],
      ['tk-2', ['created']],
    ]);
  });
});
