import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TicketCommand } from '../../../src-shared/ticket/ticket-commands';
import type { Registration } from '../../../src-shared/ticket/registration';
import { now } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { registerTicket, runTicketCommand } from '../../store/ticket-store';
import { deskKeys } from '../desk/queries';
import { ticketKeys } from './queries';

export function useRegisterTicket() {
  const { db, plans, actor } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Registration) => registerTicket(db, plans, input, actor(), now()),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ticketKeys.all }), client.invalidateQueries({ queryKey: deskKeys.ticketCount() })]),
  });
}

export function useTicketCommand() {
  const { db, plans, actor } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ ticketId, command }: { ticketId: string; command: TicketCommand }) => runTicketCommand(db, plans, ticketId, command, actor(), now()),
    onSuccess: () => client.invalidateQueries({ queryKey: ticketKeys.all }),
  });
}
