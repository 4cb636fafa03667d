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

/** `list` with the ticket `ticketId` replaced by `fresh`, added (new) or removed (null). */
export function withTicket(list: readonly TicketWithLog[], ticketId: string, fresh: TicketWithLog | null): TicketWithLog[] {
  const i = list.findIndex((t) => t.row.id === ticketId);
  if (i < 0) return fresh ? [...list, fresh] : [...list];
  const next = [...list];
  if (fresh) next[i] = fresh;
  else next.splice(i, 1);
  return next;
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

export function useTicketCommand() {
  const { db, plans, actor } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ ticketId, command }: { ticketId: string; command: TicketCommand }) => runTicketCommand(db, plans, ticketId, command, actor(), now()),
    onSuccess: (_row, { ticketId }) => refreshTicket(client, db, ticketId),
  });
}
