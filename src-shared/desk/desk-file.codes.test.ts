import { describe, expect, it } from 'vitest';
import { smallDeskFile, type LooseDeskFile } from '../test-support/desk-file-fixture';
import { InputError, type InputIssue } from '../validation/issues';
import { ContractPlans } from './contract-plans';
import { parseDeskFile } from './desk-file';

const plans = new ContractPlans();

/** The issues a version 1 file is refused with, in full: field, reason, code and parameters. */
function issuesOf(text: string): readonly InputIssue[] {
  try {
    parseDeskFile(text, plans);
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected the file to be refused');
}
const broken = (edit: (file: LooseDeskFile) => void): string => {
  const file = smallDeskFile();
  edit(file);
  return JSON.stringify(file);
};

describe('parseDeskFile: the codes and parameters of its refusals', () => {
  it.each([
    ['customers', (f: LooseDeskFile) => f.customers.push({ ...f.customers[0]! }), 'cus-acme'],
    ['contracts', (f: LooseDeskFile) => f.contracts.push({ ...f.contracts[1]! }), 'con-houten'],
    ['agents', (f: LooseDeskFile) => f.agents.push({ ...f.agents[0]!, name: 'Anna de Vries-Bakker' }), 'agent-anna'],
    ['tickets', (f: LooseDeskFile) => f.tickets.push({ id: 't-acme-1', events: [{ ...f.tickets[1]!.events[0]!, id: 'ev-d1', number: 'T-1004' }] }), 't-acme-1'],
  ])('refuses two %s with one id', (list, edit, id) => {
    expect(issuesOf(broken(edit))).toEqual([{ field: list, reason: `id "${id}" is used twice`, code: 'desk.id_twice', params: { id } }]);
  });

  it('refuses two agents with one name', () => {
    const text = broken((f) => f.agents.push({ id: 'agent-anna-2', name: 'Anna de Vries' }));
    expect(issuesOf(text)).toEqual([
      { field: 'agents', reason: 'name "Anna de Vries" is used twice', code: 'desk.name_twice', params: { name: 'Anna de Vries' } },
    ]);
  });

  it('refuses two events with one id', () => {
    const text = broken((f) => (f.tickets[1]!.events[1]!['id'] = 'ev-a2'));
    expect(issuesOf(text)).toEqual([{ field: 'tickets', reason: 'event id "ev-a2" is used twice', code: 'desk.event_id_twice', params: { id: 'ev-a2' } }]);
  });

  it('refuses a ticket of an unknown contract, or of none', () => {
    expect(issuesOf(broken((f) => (f.tickets[0]!.events[0]!['contractId'] = 'con-nobody')))).toEqual([
      { field: 'tickets[0].events[0].contractId', reason: 'no contract has id "con-nobody"', code: 'desk.no_contract', params: { id: 'con-nobody' } },
    ]);
    expect(issuesOf(broken((f) => delete f.tickets[0]!.events[0]!['contractId']))).toEqual([
      { field: 'tickets[0].events[0].contractId', reason: 'no contract has id ""', code: 'desk.no_contract', params: { id: '' } },
    ]);
  });

  it('refuses a ticket whose customer does not hold its contract', () => {
    expect(issuesOf(broken((f) => (f.tickets[1]!.events[0]!['customerId'] = 'cus-houten')))).toEqual([
      {
        field: 'tickets[1].events[0].customerId',
        reason: 'must be the contract\'s customer "cus-acme"',
        code: 'desk.not_contract_customer',
        params: { id: 'cus-acme' },
      },
    ]);
  });

  it('refuses two tickets with one number, naming the other', () => {
    expect(issuesOf(broken((f) => (f.tickets[2]!.events[0]!['number'] = 'T-1001')))).toEqual([
      {
        field: 'tickets[2].events[0].number',
        reason: '"T-1001" is also tickets[0]',
        code: 'desk.number_twice',
        params: { number: 'T-1001', other: 'tickets[0]' },
      },
    ]);
  });

  it('refuses a ticket without a number, or with an empty one', () => {
    const missing = { field: 'tickets[0].events[0].number', reason: 'must not be empty', code: 'empty' };
    expect(issuesOf(broken((f) => delete f.tickets[0]!.events[0]!['number']))).toEqual([missing]);
    expect(issuesOf(broken((f) => (f.tickets[0]!.events[0]!['number'] = '')))).toEqual([missing]);
  });

  it.each(['T1001', 'xT-1001', 'T-1001x', 'ABCD-1', 't-1001'])('refuses the number %s', (number) => {
    expect(issuesOf(broken((f) => (f.tickets[0]!.events[0]!['number'] = number)))).toEqual([
      {
        field: 'tickets[0].events[0].number',
        reason: `"${number}" must read like T-1042 (one to three capital letters, a dash, at most nine digits)`,
        code: 'desk.number_format',
        params: { number },
      },
    ]);
  });

  it('takes a number of up to three letters', () => {
    expect(
      parseDeskFile(
        broken((f) => (f.tickets[0]!.events[0]!['number'] = 'ABC-1')),
        plans,
      ).tickets[0]?.id,
    ).toBe('t-houten-1');
  });

  it('refuses a ticket without a created event, or without any event', () => {
    expect(issuesOf(broken((f) => f.tickets[1]!.events.shift()))).toEqual([
      { field: 'tickets[1].events', reason: 'must hold a created event', code: 'desk.created_required' },
    ]);
    expect(issuesOf(broken((f) => (f.tickets[1]!.events = [])))).toEqual([
      { field: 'tickets[1].events', reason: 'must hold at least the created event', code: 'desk.created_required' },
    ]);
  });

  it('refuses a created event without a type as one of the empty type', () => {
    const issues = issuesOf(broken((f) => delete f.tickets[0]!.events[0]!['type']));
    expect(issues.map((i) => [i.field, i.code, i.params?.['type']])).toEqual([['tickets[0].events[0].type', 'ticket.unknown_type', '']]);
  });

  it('refuses a file that is not JSON', () => {
    const [issue, ...rest] = issuesOf('{"format": "klok-desk"');
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ field: 'file', code: 'desk.not_json' });
    expect(issue?.reason).toMatch(/^is not JSON \(.+\)$/);
  });

  it('lists at most 20 issues, from the schema or from the rules', () => {
    const badDates = broken((f) => {
      for (let i = 0; i < 25; i++) f.customers.push({ id: `cus-${i}`, name: 'x', createdAt: 'yesterday' });
    });
    expect(issuesOf(badDates)).toHaveLength(20);
    const twice = broken((f) => {
      for (let i = 0; i < 25; i++)
        f.customers.push(
          { id: `cus-${i}`, name: 'x', createdAt: '2026-01-05T09:00:00.000Z' },
          { id: `cus-${i}`, name: 'y', createdAt: '2026-01-05T09:00:00.000Z' },
        );
    });
    expect(issuesOf(twice)).toHaveLength(20);
    const contracts = broken((f) => {
      for (let i = 0; i < 25; i++) f.contracts.push({ ...f.contracts[0]!, id: `con-${i}`, policyId: 'acme' });
    });
    expect(issuesOf(contracts)).toHaveLength(20);
  });
});
