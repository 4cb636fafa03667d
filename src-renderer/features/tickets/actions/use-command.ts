import type { TicketCommand } from '../../../../src-shared/ticket/ticket-commands';
import { useTicketCommand } from '../mutations';

/**
 * One action family's command: its own pending state and its own refusal, shown beside the
 * controls that caused it. `onDone` runs only when the command was accepted, so a refused
 * command keeps what the agent typed.
 */
export function useCommand(ticketId: string) {
  const command = useTicketCommand();
  return {
    run: (c: TicketCommand, onDone?: () => void) => command.mutate({ ticketId, command: c }, onDone ? { onSuccess: onDone } : undefined),
    error: command.error,
    isBusy: command.isPending,
  };
}
