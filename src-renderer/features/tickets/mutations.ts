import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ContractPlans } from '../../../src-shared/desk/contract-plans';
import { termsWithVersion, ticketRowOf, type LoggedTicketEvent } from '../../../src-shared/desk-log/projections/ticket-projection';
import { decideOnLog, type Decider, type TicketCommand } from '../../../src-shared/ticket/ticket-commands';
import type { Registration } from '../../../src-shared/ticket/registration';
import { now } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import type { KlokDB } from '../../db/klok-db';
import { loadTicket, registerTicket, runTicketCommand, type TicketWithLog } from '../../store/ticket-store';
import { newId } from '../../store/actor';
import { deskKeys } from '../desk/queries';
import { withTicket } from './open-ticket-list';
import { ticketKeys } from './queries';

/**
 * Puts one ticket's fresh state into the board's list in its place (or takes it out once closed),
 * so one change does not reload every open ticket; the other tickets keep their objects, and so
 * their evaluated clocks (see buildBoardEntries). The detail gets the same fresh state, and the
 * closed list is read again where it is shown (the ticket may have closed or reopened).
 */
export async function refreshTicket(client: QueryClient, db: KlokDB, ticketId: string): Promise<void> {
  const fresh = await loadTicket(db, ticketId);
  if (client.getQueryData(ticketKeys.open()) === undefined) {
    // The board still shows its first screen and the whole list is being read, perhaps from
    // before this change: read both again.
    await Promise.all([client.invalidateQueries({ queryKey: ticketKeys.head() }), client.invalidateQueries({ queryKey: ticketKeys.open(), exact: true })]);
  } else {
    client.setQueryData<TicketWithLog[]>(ticketKeys.open(), (list) => (list ? withTicket(list, ticketId, fresh?.row.isOpen === 1 ? fresh : null) : list));
  }
  client.setQueryData(ticketKeys.detail(ticketId), fresh);
  await client.invalidateQueries({ queryKey: ticketKeys.closed() });
}

export function useRegisterTicket() {
  const { db, plans, actor } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Registration) => registerTicket(db, plans, input, actor(), now()),
    // The desk holds at least this ticket now: no need to ask the store again.
    onSuccess: async (row) => {
      client.setQueryData(deskKeys.ticketCount(), (n: number | undefined) => Math.max(n ?? 0, 1));
      await refreshTicket(client, db, row.id);
    },
  });
}

/**
 * Shows a command's effect on the board at once, decided in memory by the same rules the store's
 * write decides by (decideOnLog); the write follows, and the stored ticket then replaces this one
 * (or, should the write fail, the ticket as it was). The detail's timeline waits for the write: it
 * is the record of what was logged. A command the rules refuse shows nothing here: the write
 * refuses it too, with its reason.
 */
export function showBeforeWrite(client: QueryClient, plans: ContractPlans, ticketId: string, command: TicketCommand, decider: Decider, at: number): void {
  const list = client.getQueryData<TicketWithLog[]>(ticketKeys.open());
  const ticket = list?.find((t) => t.row.id === ticketId);
  if (!list || !ticket) return;
  const plan = plans.planFor(termsWithVersion(ticket.contract, ticket.row.policyVersion));
  let decided: LoggedTicketEvent[];
  try {
    decided = decideOnLog(plan, ticket.events, command, decider, at) as LoggedTicketEvent[];
  } catch {
    return;
  }
  const events = [...ticket.events, ...decided];
  const row = ticketRowOf(ticketId, events, plan);
  if (!row) return;
  const after: TicketWithLog = { row, events, contract: ticket.contract };
  client.setQueryData<TicketWithLog[]>(ticketKeys.open(), withTicket(list, ticketId, row.isOpen === 1 ? after : null));
}

export function useTicketCommand() {
  const { db, plans, actor } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ ticketId, command }: { ticketId: string; command: TicketCommand }) => runTicketCommand(db, plans, ticketId, command, actor(), now()),
    onMutate: ({ ticketId, command }) => showBeforeWrite(client, plans, ticketId, command, { ...actor(), newId }, now()),
    onSuccess: (_row, { ticketId }) => refreshTicket(client, db, ticketId),
    onError: (_error, { ticketId }) => refreshTicket(client, db, ticketId),
  });
}
