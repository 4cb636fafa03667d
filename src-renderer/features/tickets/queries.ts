import { queryOptions } from '@tanstack/react-query';
import type { KlokDB } from '../../db/klok-db';
import { loadOpenTickets, loadTicket } from '../../store/ticket-store';

export const ticketKeys = {
  all: ['tickets'] as const,
  open: () => [...ticketKeys.all, 'open'] as const,
  detail: (id: string) => [...ticketKeys.all, 'detail', id] as const,
};

/**
 * Every open ticket with its log. Without structural sharing: one ticket's change replaces that
 * ticket's object only (see refreshTicket), and comparing thousands of tickets' logs field by
 * field to find that out would cost more than the change itself.
 */
export const openTicketsQuery = (db: KlokDB) => queryOptions({ queryKey: ticketKeys.open(), queryFn: () => loadOpenTickets(db), structuralSharing: false });

export const ticketQuery = (db: KlokDB, id: string) => queryOptions({ queryKey: ticketKeys.detail(id), queryFn: () => loadTicket(db, id) });
