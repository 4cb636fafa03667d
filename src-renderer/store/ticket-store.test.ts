import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { at } from '../../src-shared/test-support/instants';
import type { Contract } from '../db/entities';
import type { KlokDB } from '../db/klok-db';
import { addCustomer, endContract } from './desk-store';
import { actor, deleteFreshDbs, dumpDesk, freshDb, plans } from './store-test-support';
import { loadOpenTickets, loadTicket, registerTicket, runTicketCommand } from './ticket-store';
import { ticketRecord, writeTicketRecords } from '../db/ticket-pages';

afterEach(deleteFreshDbs);

const MON_0900 = at('2026-03-02T09:00:00+01:00'); // Monday

async function deskWithTicket(): Promise<{ db: KlokDB; contract: Contract; ticketId: string }> {
  const db = freshDb();
  await addCustomer(db, plans, { name: 'Gemeente Houten', contractName: 'Support', policyId: 'scope4mation', planId: 'support' }, actor, MON_0900);
  const contract = (await db.contracts.toArray())[0]!;
  const row = await registerTicket(
    db,
    plans,
    { contractId: contract.id, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' },
    actor,
    MON_0900,
  );
  return { db, contract, ticketId: row.id };
}

describe('a ticket that is not there', () => {
  it('is not loaded', async () => {
    const { db } = await deskWithTicket();
    expect(await loadTicket(db, 'no-such-ticket')).toBeNull();
  });

  it('takes no command, naming the ticket', async () => {
    const { db } = await deskWithTicket();
    await expect(runTicketCommand(db, plans, 'no-such-ticket', { kind: 'respond' }, actor, MON_0900)).rejects.toMatchObject({
      issues: [{ field: 'ticket', reason: 'no longer exists', code: 'ticket_gone' }],
    });
  });

  it('cannot be registered on a contract that is not on the desk, and takes no number', async () => {
    const { db } = await deskWithTicket();
    const before = await dumpDesk(db);
    const registration = { contractId: 'no-such-contract', title: 'X', type: 'bug', environment: 'production', channel: 'portal' } as const;
    await expect(registerTicket(db, plans, registration, actor, MON_0900)).rejects.toMatchObject({
      issues: [{ field: 'contractId', reason: 'choose a customer and contract', code: 'contract_required' }],
    });
    expect(await dumpDesk(db)).toEqual(before);
  });
});

describe('a ticket whose contract row is gone (a damaged store)', () => {
  it('is left off the board and not loaded, rather than read without its plan', async () => {
    const { db, contract, ticketId } = await deskWithTicket();
    await db.contracts.delete(contract.id);
    expect(await loadOpenTickets(db)).toEqual([]);
    expect(await loadTicket(db, ticketId)).toBeNull();
  });

  it('takes no command, naming the contract', async () => {
    const { db, contract, ticketId } = await deskWithTicket();
    await db.contracts.delete(contract.id);
    await expect(runTicketCommand(db, plans, ticketId, { kind: 'respond' }, actor, MON_0900)).rejects.toMatchObject({
      issues: [{ field: 'contract', reason: `contract ${contract.id} is missing`, code: 'contract_missing', params: { contract: contract.id } }],
    });
  });
});

describe('an open ticket whose log projection is missing (a damaged store)', () => {
  it('is left off the board rather than read without its events', async () => {
    const { db, ticketId } = await deskWithTicket();
    const { log: _log, ...row } = (await ticketRecord(db, ticketId))!;
    await db.transaction('rw', db.ticketPages, () => writeTicketRecords(db, new Map([[ticketId, row]])));
    expect(await loadOpenTickets(db)).toEqual([]);
  });
});

describe('a contract that has ended', () => {
  it('takes no new ticket, and says so with a code a screen translates', async () => {
    const { db, contract } = await deskWithTicket();
    await endContract(db, plans, contract.id, MON_0900 + 1, actor, MON_0900 + 1);
    const registration = { contractId: contract.id, title: 'Late', type: 'bug', environment: 'production', channel: 'portal' } as const;
    await expect(registerTicket(db, plans, registration, actor, MON_0900 + 2)).rejects.toMatchObject({
      issues: [{ field: 'contractId', reason: 'this contract has ended: it takes no new tickets', code: 'contract.ended' }],
    });
  });
});
