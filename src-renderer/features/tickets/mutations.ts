import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TicketCommand } from '../../../src-shared/ticket/ticket-commands';
import type { Registration } from '../../../src-shared/ticket/registration';
import { now } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import type { KlokDB } from '../../db/klok-db';
import { loadTicket, registerTicket, runTicketCommand, type TicketWithLog } from '../../store/ticket-store';
import { deskKeys } from '../desk/queries';
import { ticketKeys } from './queries';

/**
 * Puts one ticket's fresh state into the board's list (or takes it out once closed) and has the
 * closed list read again where it is shown, so one change
 * does not reload every open ticket; the other tickets keep their objects, and so their evaluated
 * clocks (see buildBoardEntries).
 */
async function refreshTicket(client: QueryClient, db: KlokDB, ticketId: string): Promise<void> {
  const fresh = await loadTicket(db, ticketId);
  client.setQueryData<TicketWithLog[]>(ticketKeys.open(), (list) => {
    if (!list) return list;
    const rest = list.filter((t) => t.row.id !== ticketId);
    return fresh?.row.isOpen === 1 ? [...rest, fresh] : rest;
  });
  await Promise.all([client.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) }), client.invalidateQueries({ queryKey: ticketKeys.closed() })]);
}

export function useRegisterTicket() {
  const { db, plans, actor } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Registration) => registerTicket(db, plans, input, actor(), now()),
    onSuccess: (row) => Promise.all([refreshTicket(client, db, row.id), client.invalidateQueries({ queryKey: deskKeys.ticketCount() })]),
  });
}

export function useTicketCommand() {
  const { db, plans, actor } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ ticketId, command }: { ticketId: string; command: TicketCommand }) => runTicketCommand(db, plans, ticketId, command, actor(), now()),
    onSuccess: (_row, { ticketId }) => refreshTicket(client, db, ticketId),
  });
}
