import { describe, expect, it } from 'vitest';
import { InputError, type InputIssue } from '../validation/issues';
import { ContractPlans } from './contract-plans';
import { parseDeskLogFile } from './desk-file-v2';

const plans = new ContractPlans();
let n = 0;
const envelope = (kind: string, stream: string, payload: Record<string, unknown>, id = `e${++n}`) => ({
  id,
  deskId: 'desk-1',
  workstation: 'ws-a',
  by: 'Anna',
  hlc: `${1_772_442_000_000 + n}-0000`,
  kind,
  v: 1,
  stream,
  payload,
});
const AT = '2026-03-02T09:00:00.000Z'; // Monday
const file = (events: unknown[], more: Record<string, unknown> = {}) => ({
  format: 'klok-desk',
  version: 2,
  exportedAt: AT,
  deskId: 'desk-1',
  events,
  ...more,
});
const customer = (stream = 'cus-1') => envelope('customer.added', stream, { at: AT, name: `Customer ${stream}` });
const contract = (more: Record<string, unknown> = {}, stream = 'con-1') =>
  envelope('contract.added', stream, { at: AT, customerId: 'cus-1', name: 'Support', policyId: 'scope4mation', planId: 'support', ...more });
const created = (stream: string, more: Record<string, unknown> = {}) =>
  envelope('created', stream, {
    at: '2026-03-02T10:00:00.000Z',
    type: 'bug',
    number: 'T-1001',
    title: 'Login fails',
    customerId: 'cus-1',
    contractId: 'con-1',
    ...more,
  });

/** Every issue the file is refused with, in full (fails when the file is accepted). */
function issuesOf(raw: unknown): readonly InputIssue[] {
  try {
    parseDeskLogFile(raw, plans);
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('parseDeskLogFile: the rules across events', () => {
  it('refuses two workstations with one code, naming the first', () => {
    const events = [envelope('workstation.joined', 'ws-1', { at: AT, code: 'A' }), envelope('workstation.joined', 'ws-2', { at: AT, code: 'A' })];
    expect(issuesOf(file(events))).toEqual([
      {
        field: 'events[1].payload.code',
        reason: '"A" is also the code of workstation ws-1',
        code: 'desk.workstation_code_twice',
        params: { code: 'A', workstation: 'ws-1' },
      },
    ]);
  });

  it('accepts workstations with codes of their own', () => {
    const events = [envelope('workstation.joined', 'ws-1', { at: AT, code: 'A' }), envelope('workstation.joined', 'ws-2', { at: AT, code: 'B' })];
    expect(parseDeskLogFile(file(events), plans).events).toHaveLength(2);
  });

  it.each([
    ['contract.added', () => [customer(), contract(), { ...contract(), id: 'e-again' }]],
    ['agent.added', () => [envelope('agent.added', 'ag-1', { at: AT, name: 'Anna' }), envelope('agent.added', 'ag-1', { at: AT, name: 'Ann' })]],
    [
      'workstation.joined',
      () => [envelope('workstation.joined', 'ws-1', { at: AT, code: 'A' }), envelope('workstation.joined', 'ws-1', { at: AT, code: 'B' })],
    ],
    ['created', () => [customer(), contract(), created('tk-1'), created('tk-1', { number: 'T-1002' })]],
  ])('refuses a second %s event in one stream', (kind, events) => {
    const list = events();
    const issues = issuesOf(file(list));
    expect(issues.map((i) => [i.code, i.params?.['kind']])).toContainEqual(['desk.stream_twice', kind]);
  });

  it('refuses a ticket with two created events also by the ticket’s own rules, naming the ticket', () => {
    const issues = issuesOf(file([customer(), contract(), created('tk-1'), created('tk-1', { number: 'T-1002' })]));
    expect(issues).toContainEqual({
      field: 'ticket tk-1',
      reason: 'must hold exactly one created event (found 2)',
      code: 'ticket.created_count',
      params: { count: 2 },
    });
  });

  it('refuses a contract on an unknown preset, plan or zone, naming the payload field', () => {
    expect(issuesOf(file([customer(), contract({ policyId: 'acme' })]))).toEqual([
      {
        field: 'events[1].payload.policyId',
        reason: 'unknown SLA preset "acme"; known: scope4mation, connect-engage, konneqt',
        code: 'unknown_preset',
        params: { policy: 'acme' },
      },
    ]);
    expect(issuesOf(file([customer(), contract({ planId: 'gold' })]))).toEqual([
      {
        field: 'events[1].payload.planId',
        reason: 'unknown plan "gold" for scope4mation; known: support, qaas',
        code: 'unknown_plan',
        params: { policy: 'scope4mation', plan: 'gold' },
      },
    ]);
    expect(issuesOf(file([customer(), contract({ zone: 'Mars/Base' })]))).toEqual([
      { field: 'events[1].payload.zone', reason: '"Mars/Base" is not an IANA time zone', code: 'unknown_zone', params: { zone: 'Mars/Base' } },
    ]);
  });

  it('refuses a contract of a customer the file does not hold, with its code', () => {
    expect(issuesOf(file([contract()]))).toEqual([
      { field: 'events[0].payload.customerId', reason: 'no customer has id "cus-1"', code: 'desk.no_customer', params: { id: 'cus-1' } },
    ]);
  });

  it('judges a workstation by the code the sync server leased it: two equal joins are fine when a lease tells them apart', () => {
    const joinedA = (stream: string) => envelope('workstation.joined', stream, { at: AT, code: 'A' });
    const leased = (stream: string, code: string) => envelope('workstation.code_leased', stream, { at: AT, code });
    expect(parseDeskLogFile(file([joinedA('ws-1'), joinedA('ws-2'), leased('ws-2', 'B')]), plans).events).toHaveLength(3);
    const twice = issuesOf(file([joinedA('ws-1'), envelope('workstation.joined', 'ws-2', { at: AT, code: 'B' }), leased('ws-2', 'A')]));
    expect(twice.map((i) => [i.field, i.code, i.reason, i.params])).toEqual([
      // The field named is the lease that gave the clashing code, not the join.
      ['events[2].payload.code', 'desk.workstation_code_twice', '"A" is also the code of workstation ws-1', { code: 'A', workstation: 'ws-1' }],
    ]);
  });

  it('refuses a ticket whose customer does not hold its contract', () => {
    expect(issuesOf(file([customer(), customer('cus-2'), contract(), created('tk-1', { customerId: 'cus-2' })]))).toEqual([
      {
        field: 'events[3].payload.customerId',
        reason: 'must be the contract\'s customer "cus-1"',
        code: 'desk.not_contract_customer',
        params: { id: 'cus-1' },
      },
    ]);
  });

  it('refuses a ticket without a number, or with a blank one', () => {
    const { number: _none, ...withoutNumber } = created('tk-1').payload;
    for (const payload of [withoutNumber, { ...created('tk-1').payload, number: '  ' }]) {
      expect(issuesOf(file([customer(), contract(), { ...created('tk-1'), payload }]))).toEqual([
        { field: 'events[2].payload.number', reason: 'must not be empty', code: 'empty' },
      ]);
    }
  });

  it('refuses two tickets with one number, with the code and the other ticket', () => {
    expect(issuesOf(file([customer(), contract(), created('tk-1'), created('tk-2')]))).toEqual([
      {
        field: 'events[3].payload.number',
        reason: '"T-1001" is also ticket tk-1',
        code: 'desk.number_twice_ticket',
        params: { number: 'T-1001', ticket: 'tk-1' },
      },
    ]);
  });

  it('refuses a ticket stream without its created event', () => {
    const issues = issuesOf(file([customer(), contract(), envelope('status_changed', 'tk-9', { at: AT, status: 'in_progress' })]));
    expect(issues).toEqual([{ field: 'events[2].stream', reason: 'ticket tk-9 has no created event', code: 'desk.no_created', params: { ticket: 'tk-9' } }]);
  });

  it('checks a ticket’s events by the rules of its contract, naming the event’s payload', () => {
    // Registered Monday 10:00; a status change at 09:00 that day comes before it.
    const desk = [customer(), contract(), created('tk-1')];
    const early = envelope('status_changed', 'tk-1', { at: '2026-03-02T09:00:00.000Z', status: 'in_progress' }); // stamped after the created event
    const issues = issuesOf(file([...desk, early]));
    expect(issues.map((i) => [i.field, i.reason])).toEqual([['events[3].payload.at', 'is before the created event']]);
  });

  it('refuses an export time that is not an instant', () => {
    expect(issuesOf(file([customer()], { exportedAt: 'yesterday' })).map((i) => i.field)).toEqual(['exportedAt']);
  });

  it('names the fields of a bad envelope from the top of the file', () => {
    expect(issuesOf(file([], { deskId: '' })).map((i) => [i.field, i.reason])).toEqual([['deskId', 'must not be empty']]);
  });

  it('refuses a contract of a customer that was renamed but never added', () => {
    const renamed = envelope('customer.renamed', 'cus-1', { at: AT, name: 'Houten' });
    expect(issuesOf(file([renamed, contract()])).map((i) => [i.field, i.code])).toEqual([['events[1].payload.customerId', 'desk.no_customer']]);
  });

  it('refuses a ticket that names no contract', () => {
    const { contractId: _none, ...payload } = created('tk-1').payload;
    expect(issuesOf(file([customer(), contract(), { ...created('tk-1'), payload }]))).toEqual([
      { field: 'events[2].payload.contractId', reason: 'no contract has id ""', code: 'desk.no_contract', params: { id: '' } },
    ]);
  });

  it('refuses a payload that is not an object, as it came', () => {
    for (const payload of ['Houten', ['Houten'], null]) {
      expect(issuesOf(file([{ ...customer(), payload }])).map((i) => i.field)).toEqual(['events[0].payload']);
    }
  });

  it('lists at most 20 issues', () => {
    expect(issuesOf(file(Array.from({ length: 25 }, () => 5)))).toHaveLength(20);
    const bad = Array.from({ length: 25 }, (_, i) => envelope('customer.added', `cus-${i}`, { at: 'yesterday', name: 'x' }));
    expect(issuesOf(file(bad))).toHaveLength(20);
    expect(issuesOf(file([], { format: 'klok-desk', version: 2, deskId: '', exportedAt: 1, events: 'none', colour: 1 })).length).toBeLessThanOrEqual(20);
  });
});
