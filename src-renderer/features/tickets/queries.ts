import { queryOptions } from '@tanstack/react-query';
import type { KlokDB } from '../../db/klok-db';
import { loadOpenTickets, loadTicket } from '../../store/ticket-store';

export const ticketKeys = {
  all: ['tickets'] as const,
  open: () => [...ticketKeys.all, 'open'] as const,
  detail: (id: string) => [...ticketKeys.all, 'detail', id] as const,
};

export const openTicketsQuery = (db: KlokDB) => queryOptions({ queryKey: ticketKeys.open(), queryFn: () => loadOpenTickets(db) });

export const ticketQuery = (db: KlokDB, id: string) => queryOptions({ queryKey: ticketKeys.detail(id), queryFn: () => loadTicket(db, id) });
