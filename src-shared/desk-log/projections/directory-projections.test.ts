import { describe, expect, it } from 'vitest';
import type { DeskEvent } from '../desk-event';
import { agentFromLog, contractFromLog, customerFromLog, deskSettingsFromLog, workstationFromLog } from './directory-projections';

// 2026-03-02T09:00:00Z (Mon)
const T = 1_772_442_000_000;

/** One event of a stream; the reducers read only kind and payload, in the order given. */
let n = 0;
const ev = (kind: string, payload: Record<string, unknown>): DeskEvent => ({
  id: `evt-${++n}`,
  deskId: 'desk-1',
  workstation: 'ws-a',
  by: 'Ann',
  hlc: `${T}-${n.toString(16).padStart(4, '0')}`,
  kind,
  v: 1,
  stream: 's-1',
  payload,
});

// The store hands a reducer every event of its stream, those of kinds from a newer Klok included.
const newer = (domain: string) => ev(`${domain}.merged`, { at: T - 1, name: 'From a newer Klok', code: 'Z', key: 'atRiskPercent', value: 1 });

describe('customerFromLog', () => {
  it('is null while the stream holds no customer.added', () => {
    expect(customerFromLog('cus-1', [])).toBeNull();
    expect(customerFromLog('cus-1', [ev('customer.renamed', { at: T, name: 'Acme' })])).toBeNull();
  });

  it('starts from the customer.added event, past events of kinds it does not know', () => {
    expect(customerFromLog('cus-1', [newer('customer'), ev('customer.added', { at: T, name: 'Acme' })])).toEqual({ id: 'cus-1', name: 'Acme', createdAt: T });
  });

  it('takes the name of the last rename, and only from renames', () => {
    const log = [ev('customer.added', { at: T, name: 'Acme' }), ev('customer.renamed', { at: T + 1, name: 'Acme BV' }), newer('customer')];
    expect(customerFromLog('cus-1', log)).toEqual({ id: 'cus-1', name: 'Acme BV', createdAt: T });
  });

  it('ignores a rename that comes before the add', () => {
    const log = [ev('customer.renamed', { at: T - 5, name: 'Before it was added' }), ev('customer.added', { at: T, name: 'Acme' })];
    expect(customerFromLog('cus-1', log)).toEqual({ id: 'cus-1', name: 'Acme', createdAt: T });
  });
});

describe('contractFromLog', () => {
  const added = (name: string, extra: Record<string, unknown> = {}) =>
    ev('contract.added', { at: T, customerId: 'cus-1', name, policyId: 'scope4mation', planId: 'support', ...extra });

  it('keeps the zone and the rate card entry it was added with', () => {
    expect(contractFromLog('con-1', [added('Support', { zone: 'America/New_York', rateId: 'senior' })])).toStrictEqual({
      id: 'con-1',
      customerId: 'cus-1',
      name: 'Support',
      policyId: 'scope4mation',
      planId: 'support',
      zone: 'America/New_York',
      rateId: 'senior',
      createdAt: T,
    });
  });

  it('is made by the first contract.added only, past events of kinds it does not know', () => {
    const row = { id: 'con-1', customerId: 'cus-1', name: 'First', policyId: 'scope4mation', planId: 'support', createdAt: T };
    expect(contractFromLog('con-1', [newer('contract'), added('First')])).toStrictEqual(row);
    expect(contractFromLog('con-1', [added('First'), added('Second')])).toStrictEqual(row);
    expect(contractFromLog('con-1', [added('First'), newer('contract')])).toStrictEqual(row);
    expect(contractFromLog('con-1', [newer('contract')])).toBeNull();
  });

  it('is named by the last contract.renamed after it was added; a rename before that, or an ending, renames nothing', () => {
    const rename = (name: string) => ev('contract.renamed', { at: T + 1, name });
    const end = ev('contract.ended', { at: T + 2, endedAt: T + 2 });
    expect(contractFromLog('con-1', [added('First'), rename('Second'), rename('Third')])?.name).toBe('Third');
    expect(contractFromLog('con-1', [added('First'), rename('Second'), end])?.name).toBe('Second');
    expect(contractFromLog('con-1', [rename('Early'), added('First')])?.name).toBe('First');
    expect(contractFromLog('con-1', [rename('Early'), added('First'), rename('Later')])?.name).toBe('Later');
    expect(contractFromLog('con-1', [added('First')])?.name).toBe('First');
  });

  it('ends at the last contract.ended after it was added; an end before that ends nothing', () => {
    const end = (endedAt: number) => ev('contract.ended', { at: endedAt, endedAt });
    expect(contractFromLog('con-1', [added('First'), end(T + 5), end(T + 9)])?.endedAt).toBe(T + 9);
    expect(contractFromLog('con-1', [end(T - 5), added('First')])).not.toHaveProperty('endedAt');
    expect(contractFromLog('con-1', [end(T - 5), added('First'), end(T + 9)])?.endedAt).toBe(T + 9);
  });
});

describe('agentFromLog and workstationFromLog', () => {
  it('read the event that adds the entity, past events of kinds they do not know', () => {
    expect(agentFromLog('agt-1', [newer('agent'), ev('agent.added', { at: T, name: 'Ann' })])).toEqual({ id: 'agt-1', name: 'Ann' });
    expect(workstationFromLog('ws-b', [newer('workstation'), ev('workstation.joined', { at: T, code: 'A' })])).toEqual({ id: 'ws-b', code: 'A', joinedAt: T });
  });

  it('numbers a workstation with the last code the sync server leased it, joined when it first joined', () => {
    const joined = ev('workstation.joined', { at: T, code: 'T' });
    const leaseA = ev('workstation.code_leased', { at: T + 5, code: 'A' });
    const leaseB = ev('workstation.code_leased', { at: T + 9, code: 'B' });
    expect(workstationFromLog('ws-b', [joined, leaseA])).toEqual({ id: 'ws-b', code: 'A', joinedAt: T });
    expect(workstationFromLog('ws-b', [joined, leaseA, leaseB])).toEqual({ id: 'ws-b', code: 'B', joinedAt: T });
    expect(workstationFromLog('ws-b', [leaseA])).toBeNull();
  });

  it('keeps the lease however the events are ordered, and takes no code from an event of a newer Klok', () => {
    const joined = ev('workstation.joined', { at: T, code: 'T' });
    const lease = ev('workstation.code_leased', { at: T + 5, code: 'A' });
    expect(workstationFromLog('ws-b', [lease, joined])).toEqual({ id: 'ws-b', code: 'A', joinedAt: T });
    expect(workstationFromLog('ws-b', [joined, newer('workstation')])).toEqual({ id: 'ws-b', code: 'T', joinedAt: T });
    expect(workstationFromLog('ws-b', [joined, lease, newer('workstation')])).toEqual({ id: 'ws-b', code: 'A', joinedAt: T });
  });
});

describe('deskSettingsFromLog', () => {
  it('keeps the last change of each key, and nothing from kinds it does not know', () => {
    // A second key, as a newer Klok would write (kept unchecked at a newer version).
    const log = [
      ev('desk.setting_changed', { at: T, key: 'atRiskPercent', value: 80 }),
      ev('desk.setting_changed', { at: T + 1, key: 'weekStart', value: 'monday' }),
      ev('desk.setting_changed', { at: T + 2, key: 'atRiskPercent', value: 60 }),
      newer('desk'),
    ];
    expect(deskSettingsFromLog(log)).toEqual([
      { key: 'atRiskPercent', value: 60, changedAt: T + 2 },
      { key: 'weekStart', value: 'monday', changedAt: T + 1 },
    ]);
  });
});
