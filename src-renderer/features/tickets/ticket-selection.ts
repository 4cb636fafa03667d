/**
 * Which ticket the detail shows, and where the keyboard should land in it: the heading (Enter on
 * the queue), the priority (P), or nowhere (a click). Every request is a new object, so asking
 * twice for the same ticket moves the focus again.
 */
export interface TicketSelection {
  readonly ticketId: string;
  readonly focus: 'heading' | 'priority' | null;
}

export function selectTicket(ticketId: string, focus: TicketSelection['focus'] = null): TicketSelection {
  return { ticketId, focus };
}
