import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { at } from '../../../src-shared/test-support/instants';
import type { Contract } from '../../db/entities';
import type { KlokDB } from '../../db/klok-db';
import { actor, deleteFreshDbs, houtenDesk, plans } from '../../store/store-test-support';
import { loadOpenTickets, registerTicket, runTicketCommand, type TicketWithLog } from '../../store/ticket-store';
import { showBeforeWrite } from './mutations';
import { ticketKeys } from './queries';

const MON_0900 = at('2026-03-02T09:00:00+01:00');
const MON_0930 = at('2026-03-02T09:30:00+01:00');

describe('showBeforeWrite', () => {
  afterEach(deleteFreshDbs);
  const decider = { ...actor, newId: () => crypto.randomUUID() };
  const register = (db: KlokDB, contract: Contract, title: string) =>
    registerTicket(db, plans, { contractId: contract.id, title, type: 'bug', environment: 'production', channel: 'portal' }, actor, MON_0900);

  async function boardOf(db: KlokDB): Promise<QueryClient> {
    const client = new QueryClient();
    client.setQueryData(ticketKeys.open(), await loadOpenTickets(db));
    return client;
  }
  const shown = (client: QueryClient, id: string) => client.getQueryData<TicketWithLog[]>(ticketKeys.open())?.find((t) => t.row.id === id);

  it('shows on the board at once the ticket the store then writes', async () => {
    const { db, contract } = await houtenDesk();
    const ticket = await register(db, contract, 'Login fails');
    const other = await register(db, contract, 'Export slow');
    const client = await boardOf(db);
    const untouched = shown(client, other.id);

    showBeforeWrite(client, plans, ticket.id, { kind: 'respond' }, decider, MON_0930);

    const before = shown(client, ticket.id)!;
    expect([before.row.status, before.row.isResponded, before.events.map((e) => e.kind)]).toEqual([
      'in_progress',
      true,
      ['created', 'responded', 'status_changed'],
    ]);
    expect(shown(client, other.id)).toBe(untouched);
    const written = await runTicketCommand(db, plans, ticket.id, { kind: 'respond' }, actor, MON_0930);
    expect(before.row).toEqual(written);
  });

  it('takes a ticket the command closes off the board, and shows nothing for a command the rules refuse', async () => {
    const { db, contract } = await houtenDesk();
    const ticket = await register(db, contract, 'Login fails');
    const client = await boardOf(db);
    const list = client.getQueryData(ticketKeys.open());

    showBeforeWrite(client, plans, ticket.id, { kind: 'set_status', status: 'new' }, decider, MON_0930); // already New
    expect(client.getQueryData(ticketKeys.open())).toBe(list);

    showBeforeWrite(client, plans, ticket.id, { kind: 'set_status', status: 'closed' }, decider, MON_0930);
    expect(shown(client, ticket.id)).toBeUndefined();
  });
});
