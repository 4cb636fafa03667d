import { describe, expect, it } from 'vitest';
import { ContractPlans } from './contract-plans';
import { parseDeskLogFile } from './desk-file-v2';

const plans = new ContractPlans();
const envelope = (id: string, kind: string, stream: string, hlc: string, payload: Record<string, unknown>) => ({
  id,
  deskId: 'desk-1',
  workstation: 'ws-a',
  by: 'Anna',
  hlc,
  kind,
  v: 1,
  stream,
  payload,
});
const file = (events: unknown[]) => ({ format: 'klok-desk', version: 2, exportedAt: '2026-03-04T10:00:00.000Z', deskId: 'desk-1', events });
const customer = envelope('e1', 'customer.added', 'cus-1', '1772442000000-0000', { at: '2026-03-02T09:00:00.000Z', name: 'Gemeente Houten' });
const contract = envelope('e2', 'contract.added', 'con-1', '1772442000000-0001', {
  at: '2026-03-02T09:00:00.000Z',
  customerId: 'cus-1',
  name: 'Support',
  policyId: 'scope4mation',
  planId: 'support',
});
const created = (id: string, stream: string, number: string, at = '2026-03-02T10:00:00.000Z') =>
  envelope(id, 'created', stream, '1772445600000-0000', {
    at,
    type: 'bug',
    number,
    title: 'Login fails',
    customerId: 'cus-1',
    contractId: 'con-1',
    environment: 'production',
    channel: 'portal',
  });

describe('parseDeskLogFile (desk file version 2)', () => {
  it('reads a desk log with its instants in epoch milliseconds', () => {
    const parsed = parseDeskLogFile(file([customer, contract, created('e3', 'tk-1', 'T-1001')]), plans);
    expect(parsed.deskId).toBe('desk-1');
    expect(parsed.events.map((e) => [e.kind, e.payload['at']])).toEqual([
      ['customer.added', 1_772_442_000_000],
      ['contract.added', 1_772_442_000_000],
      ['created', 1_772_445_600_000],
    ]);
  });

  it.each([
    [
      'a customer added twice under one id',
      [customer, { ...customer, id: 'e9' }],
      /^events\[1\]\.stream: "cus-1" already has a customer\.added event \(events\[0\]\)/,
    ],
    ['an event id used twice', [customer, { ...contract, id: 'e1' }], /^events\[1\]\.id: "e1" is also events\[0\]/],
    ['a contract of a customer the file does not hold', [contract], /^events\[0\]\.payload\.customerId: no customer has id "cus-1"/],
    [
      'a ticket of a contract the file does not hold',
      [customer, created('e3', 'tk-1', 'T-1001')],
      /^events\[1\]\.payload\.contractId: no contract has id "con-1"/,
    ],
    [
      'two tickets with one number',
      [customer, contract, created('e3', 'tk-1', 'T-1001'), created('e4', 'tk-2', 'T-1001')],
      /^events\[3\]\.payload\.number: "T-1001" is also ticket tk-1/,
    ],
    [
      'an instant before 1970',
      [{ ...customer, payload: { at: '1969-12-31T23:59:59Z', name: 'Old' } }],
      /^events\[0\]\.payload\.at: "1969-12-31T23:59:59Z" must lie between 1970-01-01 and 2199-12-31/,
    ],
    [
      'an instant without an offset',
      [{ ...customer, payload: { at: '2026-03-02T09:00:00', name: 'x' } }],
      /^events\[0\]\.payload\.at: .* must be an ISO-8601 date-time with an offset/,
    ],
    ['a bad clock stamp', [{ ...customer, hlc: '12-0' }], /^events\[0\]\.hlc: must be a clock stamp/],
    ['an event that is not an object', [customer, 'created T-1001'], /^events\[1\]: .*expected object/],
    ['a payload that is not an object', [{ ...customer, payload: ['Gemeente Houten'] }], /^events\[0\]\.payload: must be an object with named values/],
    [
      'a payload of a kind this Klok does not know that is not an object',
      [{ ...customer, kind: 'outage.recorded', payload: 'complete' }],
      /^events\[0\]\.payload: must be an object with named values/,
    ],
    ['events that are not a list', { 0: customer }, /^events: must be a list of events/],
    [
      'a payload field the kind does not know',
      [{ ...customer, payload: { at: '2026-03-02T09:00:00Z', name: 'x', colour: 'red' } }],
      /^events\[0\]\.payload\.colour: unknown field/,
    ],
  ])('refuses %s, naming the field', (_what, events, message) => {
    expect(() => parseDeskLogFile(file(events as unknown[]), plans)).toThrow(message);
  });

  it('keeps an event of a kind this Klok does not know', () => {
    const future = envelope('e5', 'outage.recorded', 'out-1', '1772445600000-0001', { at: '2026-03-02T10:00:00Z', scope: 'complete' });
    expect(parseDeskLogFile(file([customer, future]), plans).events.map((e) => e.kind)).toEqual(['customer.added', 'outage.recorded']);
  });
});
