import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { at } from '../../src-shared/test-support/instants';
import type { Registration } from '../../src-shared/ticket/registration';
import type { Contract } from '../db/entities';
import { actor, deleteFreshDbs, diskFull, dumpDesk, houtenDesk, plans, storedLog, storedStream } from './store-test-support';
import { loadTicket, registerTicket, runTicketCommand } from './ticket-store';
import { countLog } from '../db/log-blocks';
import { countTicketRecords } from '../db/ticket-pages';

// Each test makes a write fail after an earlier table of the same change has been written, and
// checks that nothing of the change remains: only a transaction around the whole change does that.

afterEach(deleteFreshDbs);

const deskWithCustomer = houtenDesk;

const loginFails = (contract: Contract): Registration => ({
  contractId: contract.id,
  title: 'Login fails',
  type: 'bug',
  environment: 'production',
  channel: 'portal',
});

describe('registerTicket', () => {
  describe('when the ticket row cannot be written after the counter and the created event were', () => {
    it('leaves no event, no counter and no row of its own on a desk with no ticket yet', async () => {
      const { db, contract } = await deskWithCustomer();
      const before = await dumpDesk(db);
      // Registration takes a number (the counter), appends the created event (the log), moves the
      // clock on (settings) and only then writes the ticket's row, which the disk refuses here.
      db.ticketPages.hook('creating', diskFull);

      await expect(registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:00:00+01:00'))).rejects.toThrow('disk full (test)'); // Monday

      expect(await dumpDesk(db)).toEqual(before);
      expect((await storedLog(db)).map((e) => e.kind)).toEqual(['workstation.joined', 'customer.added', 'contract.added']);
      expect(await countTicketRecords(db)).toBe(0);
      expect(await db.settings.get('ticketCounters')).toBeUndefined();
    });

    it('keeps the counter and the log of the desk as they were, so the next registration gets the number it would have had', async () => {
      const { db, contract } = await deskWithCustomer();
      const first = await registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:00:00+01:00')); // Monday
      expect(first.number).toBe('T-1001');
      const before = await dumpDesk(db);

      // The second ticket goes onto the first one's page (decision 29): that page's write fails.
      db.ticketPages.hook('updating', diskFull);
      await expect(
        registerTicket(db, plans, { ...loginFails(contract), title: 'Report export is slow' }, actor, at('2026-03-02T09:10:00+01:00')),
      ).rejects.toThrow('disk full (test)'); // Monday

      expect(await dumpDesk(db)).toEqual(before);
      expect(await db.settings.get('ticketCounters')).toEqual({ key: 'ticketCounters', value: { T: 1001 } });
      expect((await storedLog(db)).map((e) => [e.kind, e.stream])).toEqual([
        ['workstation.joined', 'ws-test'],
        ['customer.added', contract.customerId],
        ['contract.added', contract.id],
        ['created', first.id],
      ]);

      db.ticketPages.hook('updating').unsubscribe(diskFull);
      const next = await registerTicket(db, plans, { ...loginFails(contract), title: 'Report export is slow' }, actor, at('2026-03-02T09:20:00+01:00')); // Monday
      expect(next.number).toBe('T-1002');
      expect((await storedLog(db)).map((e) => [e.kind, e.stream])).toEqual([
        ['workstation.joined', 'ws-test'],
        ['customer.added', contract.customerId],
        ['contract.added', contract.id],
        ['created', first.id],
        ['created', next.id],
      ]);
    });
  });
});

describe('runTicketCommand', () => {
  describe('when the row cannot be updated after the decided events were written', () => {
    it('keeps the log and the row as they were', async () => {
      const { db, contract } = await deskWithCustomer();
      const row = await registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:00:00+01:00')); // Monday
      const before = await dumpDesk(db);

      db.ticketPages.hook('updating', diskFull);
      // On a new ticket, respond decides two events (responded, status_changed): both are written before the row.
      await expect(runTicketCommand(db, plans, row.id, { kind: 'respond' }, actor, at('2026-03-02T09:30:00+01:00'))).rejects.toThrow('disk full (test)'); // Monday

      expect(await dumpDesk(db)).toEqual(before);
      expect((await storedStream(db, row.id)).map((e) => e.kind)).toEqual(['created']);
      const loaded = (await loadTicket(db, row.id))!;
      expect(loaded.events.map((e) => e.kind)).toEqual(['created']);
      expect(loaded.row).toMatchObject({ number: 'T-1001', status: 'new', isResponded: false, eventCount: 1, updatedAt: at('2026-03-02T09:00:00+01:00') }); // Monday
    });

    it('lets the same command run afterwards with the log going on from the created event', async () => {
      const { db, contract } = await deskWithCustomer();
      const row = await registerTicket(db, plans, loginFails(contract), actor, at('2026-03-02T09:00:00+01:00')); // Monday
      const created = (await storedStream(db, row.id))[0]!;
      db.ticketPages.hook('updating', diskFull);
      await expect(runTicketCommand(db, plans, row.id, { kind: 'respond' }, actor, at('2026-03-02T09:30:00+01:00'))).rejects.toThrow('disk full (test)'); // Monday
      db.ticketPages.hook('updating').unsubscribe(diskFull);

      const after = await runTicketCommand(db, plans, row.id, { kind: 'respond' }, actor, at('2026-03-02T09:40:00+01:00')); // Monday

      expect(after).toMatchObject({ status: 'in_progress', isResponded: true, eventCount: 3, updatedAt: at('2026-03-02T09:40:00+01:00') }); // Monday
      const stream = await storedStream(db, row.id);
      expect(stream.map((e) => [e.kind, e.payload['at']])).toEqual([
        ['created', at('2026-03-02T09:00:00+01:00')], // Monday
        ['responded', at('2026-03-02T09:40:00+01:00')], // Monday
        ['status_changed', at('2026-03-02T09:40:00+01:00')], // Monday
      ]);
      expect(stream[0]).toEqual(created);
      expect(await countLog(db)).toBe(3 + 3);
      const loaded = (await loadTicket(db, row.id))!;
      expect(loaded.events.map((e) => [e.id, e.kind])).toEqual(stream.map((e) => [e.id, e.kind]));
    });
  });
});
