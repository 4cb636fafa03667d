import { describe, expect, it } from 'vitest';
import { smallDeskFile, type LooseDeskFile } from '../test-support/desk-file-fixture';
import { at } from '../test-support/instants';
import { InputError, type InputIssue } from '../validation/issues';
import { ContractPlans } from './contract-plans';
import { parseDeskFile } from './desk-file';

const plans = new ContractPlans();

/**
 * The issues parseDeskFile refuses a file with, as field and English reason (fails the test when
 * the file is accepted); their codes are tested in desk-file.codes.test.ts.
 */
function issuesOf(file: LooseDeskFile): readonly InputIssue[] {
  try {
    parseDeskFile(JSON.stringify(file), plans);
  } catch (error) {
    if (error instanceof InputError) return error.issues.map(({ field, reason }) => ({ field, reason }));
    throw error;
  }
  throw new Error('expected the file to be refused');
}

function messageOf(file: LooseDeskFile): string {
  try {
    parseDeskFile(JSON.stringify(file), plans);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('parseDeskFile', () => {
  it('accepts the small hand-written desk', () => {
    const desk = parseDeskFile(JSON.stringify(smallDeskFile()), plans);
    expect(desk.tickets.map((t) => t.id)).toEqual(['t-houten-1', 't-acme-1', 't-houten-2']);
  });

  describe('when an event comes before its ticket was created', () => {
    it('refuses an event one millisecond before the created event, naming the event and the rule', () => {
      const file = smallDeskFile();
      file.tickets[0]!.events[3]!['at'] = '2026-03-02T07:59:59.999Z'; // Monday, created at 08:00:00.000Z

      expect(issuesOf(file)).toEqual([{ field: 'tickets[0].events[3].at', reason: 'is before the created event' }]);
      expect(messageOf(file)).toBe('tickets[0].events[3].at: is before the created event');
    });

    it('names every such event, in every ticket', () => {
      const file = smallDeskFile();
      file.tickets[0]!.events[1]!['at'] = '2026-03-02T07:00:00.000Z'; // Monday
      file.tickets[0]!.events[2]!['at'] = '2026-03-01T23:00:00.000Z'; // Sunday
      file.tickets[2]!.events[4]!['at'] = '2026-02-23T09:59:59.000Z'; // Monday

      expect(issuesOf(file)).toEqual([
        { field: 'tickets[0].events[1].at', reason: 'is before the created event' },
        { field: 'tickets[0].events[2].at', reason: 'is before the created event' },
        { field: 'tickets[2].events[4].at', reason: 'is before the created event' },
      ]);
    });

    it('refuses an event before the created event whose offset hides it (10:59 in Amsterdam is 09:59 UTC)', () => {
      const file = smallDeskFile();
      file.tickets[2]!.events[1]!['at'] = '2026-02-23T10:59:00+01:00'; // Monday; created at 10:00:00Z = 11:00 in Amsterdam

      expect(issuesOf(file)).toEqual([{ field: 'tickets[2].events[1].at', reason: 'is before the created event' }]);
    });

    it('accepts an event at the very instant of the created event', () => {
      const file = smallDeskFile();
      file.tickets[0]!.events[1]!['at'] = '2026-03-02T09:00:00+01:00'; // Monday, the created instant written with an offset

      expect(parseDeskFile(JSON.stringify(file), plans).tickets[0]?.events[1]?.at).toBe(at('2026-03-02T08:00:00Z')); // Monday
    });

    it('refuses a log with a second created event', () => {
      const file = smallDeskFile();
      file.tickets[1]!.events.push({ ...file.tickets[1]!.events[0]!, id: 'ev-b3', at: '2026-03-02T16:00:00.000Z' }); // Monday

      expect(issuesOf(file)).toEqual([{ field: 'tickets[1].events', reason: 'must hold exactly one created event (found 2)' }]);
    });

    it('refuses a log without a created event', () => {
      const file = smallDeskFile();
      file.tickets[1]!.events.shift();

      expect(issuesOf(file)).toEqual([{ field: 'tickets[1].events', reason: 'must hold a created event' }]);
    });
  });

  describe('when a ticket does not belong to its contract', () => {
    it('refuses a created event naming a customer that does not hold the contract', () => {
      const file = smallDeskFile();
      file.tickets[1]!.events[0]!['customerId'] = 'cus-houten'; // the contract is con-acme, held by cus-acme

      expect(issuesOf(file)).toEqual([{ field: 'tickets[1].events[0].customerId', reason: `must be the contract's customer "cus-acme"` }]);
    });

    it('refuses a created event naming a customer the desk does not have', () => {
      const file = smallDeskFile();
      file.tickets[0]!.events[0]!['customerId'] = 'cus-nobody';

      expect(issuesOf(file)).toEqual([{ field: 'tickets[0].events[0].customerId', reason: `must be the contract's customer "cus-houten"` }]);
    });

    it('refuses a created event naming no customer', () => {
      const file = smallDeskFile();
      delete file.tickets[0]!.events[0]!['customerId'];

      expect(issuesOf(file)).toEqual([{ field: 'tickets[0].events[0].customerId', reason: `must be the contract's customer "cus-houten"` }]);
    });

    it('refuses a created event naming a contract the desk does not have', () => {
      const file = smallDeskFile();
      file.tickets[0]!.events[0]!['contractId'] = 'con-nobody';

      expect(issuesOf(file)).toEqual([{ field: 'tickets[0].events[0].contractId', reason: 'no contract has id "con-nobody"' }]);
    });

    it('names every ticket when a contract is moved to another customer', () => {
      const file = smallDeskFile();
      file.contracts[1]!['customerId'] = 'cus-acme'; // con-houten, which T-1001 and T-1003 name with cus-houten

      expect(issuesOf(file)).toEqual([
        { field: 'tickets[0].events[0].customerId', reason: `must be the contract's customer "cus-acme"` },
        { field: 'tickets[2].events[0].customerId', reason: `must be the contract's customer "cus-acme"` },
      ]);
    });
  });

  describe('when an id is used twice', () => {
    it('refuses two customers with one id', () => {
      const file = smallDeskFile();
      file.customers.push({ id: 'cus-acme', name: 'Acme Logistics Europe', createdAt: '2026-01-06T09:00:00.000Z' }); // Tuesday

      expect(issuesOf(file)).toEqual([{ field: 'customers', reason: 'id "cus-acme" is used twice' }]);
    });

    it('refuses two contracts with one id', () => {
      const file = smallDeskFile();
      file.contracts.push({
        id: 'con-houten',
        customerId: 'cus-houten',
        name: 'Scope4mation QaaS',
        policyId: 'scope4mation',
        planId: 'qaas',
        createdAt: '2026-01-06T09:00:00.000Z',
      }); // Tuesday

      expect(issuesOf(file)).toEqual([{ field: 'contracts', reason: 'id "con-houten" is used twice' }]);
    });

    it('refuses two tickets with one id', () => {
      const file = smallDeskFile();
      file.tickets.push({ id: 't-acme-1', events: [{ ...file.tickets[1]!.events[0]!, id: 'ev-d1', number: 'T-1004' }] });

      expect(issuesOf(file)).toEqual([{ field: 'tickets', reason: 'id "t-acme-1" is used twice' }]);
    });

    it('refuses two events of different tickets with one id', () => {
      const file = smallDeskFile();
      file.tickets[1]!.events[1]!['id'] = 'ev-a2';

      expect(issuesOf(file)).toEqual([{ field: 'tickets', reason: 'event id "ev-a2" is used twice' }]);
    });

    it('refuses two events of one ticket with one id', () => {
      const file = smallDeskFile();
      file.tickets[2]!.events[4]!['id'] = 'ev-c4';

      expect(issuesOf(file)).toEqual([{ field: 'tickets', reason: 'event id "ev-c4" is used twice' }]);
    });

    it('refuses two tickets with one number, naming both', () => {
      const file = smallDeskFile();
      file.tickets[2]!.events[0]!['number'] = 'T-1001';

      expect(issuesOf(file)).toEqual([{ field: 'tickets[2].events[0].number', reason: '"T-1001" is also tickets[0]' }]);
    });

    // Two agents with one id, or one name: see desk-file.codes.test.ts.
  });

  describe('the ticket counter it returns', () => {
    it('is the file counter when that is above every ticket number', () => {
      const file = smallDeskFile();
      file.ticketCounter = 1050;

      expect(parseDeskFile(JSON.stringify(file), plans).ticketCounter).toBe(1050);
    });

    it('is raised to the highest ticket number (1003) when the file counter (1001) is below it', () => {
      const file = smallDeskFile();
      file.ticketCounter = 1001;

      expect(parseDeskFile(JSON.stringify(file), plans).ticketCounter).toBe(1003);
    });

    it('is the highest ticket number when the file gives no counter', () => {
      const file = smallDeskFile();
      delete file.ticketCounter;

      expect(parseDeskFile(JSON.stringify(file), plans).ticketCounter).toBe(1003);
    });

    it('counts the highest number wherever its ticket stands in the file', () => {
      const file = smallDeskFile();
      file.ticketCounter = 1000;
      file.tickets[0]!.events[0]!['number'] = 'T-1207';

      expect(parseDeskFile(JSON.stringify(file), plans).ticketCounter).toBe(1207);
    });
  });
});
