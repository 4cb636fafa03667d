import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { at } from '../../../src-shared/test-support/instants';
import { addCustomer } from '../../store/desk-store';
import { actor, deleteFreshDbs, houtenDesk, plans } from '../../store/store-test-support';
import { registerTicket, runTicketCommand } from '../../store/ticket-store';
import { customerOpenTicketsQuery } from './queries';

afterEach(deleteFreshDbs);

describe('customerOpenTicketsQuery', () => {
  it("gives the customer's open tickets only: not its closed ones, not another customer's", async () => {
    const { db, contract } = await houtenDesk();
    await addCustomer(
      db,
      plans,
      { name: 'Gemeente Zeist', contractName: 'Support', policyId: 'scope4mation', planId: 'support' },
      actor,
      at('2026-03-01T11:00:00+01:00'),
    );
    const other = (await db.contracts.toArray()).find((c) => c.customerId !== contract.customerId)!;
    const reg = { contractId: contract.id, title: 'Login fails', type: 'bug', environment: 'production', channel: 'portal' } as const;
    const open = await registerTicket(db, plans, reg, actor, at('2026-03-02T09:00:00+01:00')); // Monday
    const done = await registerTicket(db, plans, { ...reg, title: 'Typo' }, actor, at('2026-03-02T09:10:00+01:00'));
    await runTicketCommand(db, plans, done.id, { kind: 'set_status', status: 'closed' }, actor, at('2026-03-02T09:20:00+01:00'));
    await registerTicket(db, plans, { ...reg, contractId: other.id, title: 'Elsewhere' }, actor, at('2026-03-02T09:30:00+01:00'));

    const query = customerOpenTicketsQuery(db, contract.customerId);
    const names = await query.queryFn!({ queryKey: query.queryKey, signal: new AbortController().signal, meta: undefined } as never);
    expect(names).toEqual([{ id: open.id, number: open.number, title: 'Login fails', customerId: contract.customerId }]);
  });
});
