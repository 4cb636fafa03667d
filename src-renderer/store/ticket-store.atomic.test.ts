import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { at } from '../../src-shared/test-support/instants';
import type { Registration } from '../../src-shared/ticket/registration';
import type { Contract, TicketRow } from '../db/entities';
import type { KlokDB } from '../db/klok-db';
import { addCustomer } from './desk-store';
import { actor, deleteFreshDbs, diskFull, dumpDesk, freshDb, plans } from './store-test-support';
import { loadTicket, registerTicket, runTicketCommand } from './ticket-store';

// Each test makes a write fail after an earlier table of the same change has been written, and
// checks that nothing of the change remains: only a transaction around the whole change does that.

afterEach(deleteFreshDbs);

async function deskWithCustomer(): Promise<{ db: KlokDB; contract: Contract }> {
  const db = freshDb();
  await addCustomer(db, plans, { name: 'Gemeente Houten', contractName: 'Support', policyId: 'scope4mation', planId: 'support' }, at('2026-03-01T10:00:00+01:00')); // Sunday
  const contract = (await db.contracts.toArray())[0]!;
  return { db, contract };
}

const loginFails = (contract: Contract): Registration => ({ contractId: contract.id, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' });

describe('registerTicket', () => {
  describe('when the ticket row cannot be written after the counter and the created event were', () => {
    it('leaves no event, no counter and no row of its own when its number is already taken', async () => {
      const { db, contract } = await deskWithCustomer();
      // A row carrying the number the next registration will get, put there behind the store's back:
      // the counter and the created event are written, then the unique number index refuses the row.
      const planted: TicketRow = {
        id: 'planted',
        number: 'T-1001',
        title: 'Planted outside the store',
        description: '',
        customerId: contract.customerId,
        contractId: contract.id,
        type: 'bug',
        environment: 'production',
        channel: 'portal',
        status: 'new',
        priority: 'normal',
        line: 'first',
        assignee: null,
        isResponded: false,
        isResolved: false,
        createdAt: at('2026-03-02T08:00:00+01:00'), // Monday
        updatedAt: at('2026-03-02T08:00:00+01:00'), // Monday
        eventCount: 1,
        isOpen: 1,
      };
      await db.tickets.add(planted);

      await expect(registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:00:00+01:00'))).rejects.toMatchObject({ name: 'ConstraintError' }); // Monday

      expect(await db.events.count()).toBe(0);
      expect(await db.tickets.toArray()).toEqual([planted]);
      expect(await db.settings.get('ticketCounter')).toBeUndefined();
    });

    it('keeps the counter and the log of the desk as they were, so the next registration gets the number it would have had', async () => {
      const { db, contract } = await deskWithCustomer();
      const first = await registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:00:00+01:00')); // Monday
      expect(first.number).toBe('T-1001');
      const before = await dumpDesk(db);

      db.tickets.hook('creating', diskFull);
      await expect(registerTicket(db, plans, { ...loginFails(contract), title: 'Report export is slow' }, actor, at('2026-03-02T09:10:00+01:00'))).rejects.toThrow('disk full (test)'); // Monday

      expect(await dumpDesk(db)).toEqual(before);
      expect(await db.settings.get('ticketCounter')).toEqual({ key: 'ticketCounter', value: 1001 });
      expect((await db.events.toArray()).map((e) => e.ticketId)).toEqual([first.id]);

      db.tickets.hook('creating').unsubscribe(diskFull);
      const next = await registerTicket(db, plans, { ...loginFails(contract), title: 'Report export is slow' }, actor, at('2026-03-02T09:20:00+01:00')); // Monday
      expect(next.number).toBe('T-1002');
      expect(await db.events.count()).toBe(2);
    });
  });
});

describe('runTicketCommand', () => {
  describe('when the row cannot be updated after the decided events were written', () => {
    it('keeps the log and the row as they were', async () => {
      const { db, contract } = await deskWithCustomer();
      const row = await registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:00:00+01:00')); // Monday
      const before = await dumpDesk(db);

      db.tickets.hook('updating', diskFull);
      // On a new ticket, respond decides two events (responded, status_changed): both are written before the row.
      await expect(runTicketCommand(db, plans, row.id, { kind: 'respond' }, actor, at('2026-03-02T09:30:00+01:00'))).rejects.toThrow('disk full (test)'); // Monday

      expect(await dumpDesk(db)).toEqual(before);
      const loaded = (await loadTicket(db, row.id))!;
      expect(loaded.events.map((e) => [e.seq, e.kind])).toEqual([[1, 'created']]);
      expect(loaded.row).toMatchObject({ number: 'T-1001', status: 'new', isResponded: false, eventCount: 1, updatedAt: at('2026-03-02T09:00:00+01:00') }); // Monday
    });

    it('lets the same command run afterwards with the log numbered on from the created event', async () => {
      const { db, contract } = await deskWithCustomer();
      const row = await registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:00:00+01:00')); // Monday
      db.tickets.hook('updating', diskFull);
      await expect(runTicketCommand(db, plans, row.id, { kind: 'respond' }, actor, at('2026-03-02T09:30:00+01:00'))).rejects.toThrow('disk full (test)'); // Monday
      db.tickets.hook('updating').unsubscribe(diskFull);

      const after = await runTicketCommand(db, plans, row.id, { kind: 'respond' }, actor, at('2026-03-02T09:40:00+01:00')); // Monday

      expect(after).toMatchObject({ status: 'in_progress', isResponded: true, eventCount: 3, updatedAt: at('2026-03-02T09:40:00+01:00') }); // Monday
      const loaded = (await loadTicket(db, row.id))!;
      expect(loaded.events.map((e) => [e.seq, e.kind])).toEqual([
        [1, 'created'],
        [2, 'responded'],
        [3, 'status_changed'],
      ]);
    });
  });
});
