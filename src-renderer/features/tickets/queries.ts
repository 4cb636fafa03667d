import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { KlokDB } from '../../db/klok-db';
import { loadClosedTickets } from '../../store/closed-tickets';
import { loadBoardHead, loadOpenTickets, loadTicket } from '../../store/ticket-store';

export const ticketKeys = {
  all: ['tickets'] as const,
  open: () => [...ticketKeys.all, 'open'] as const,
  head: () => [...ticketKeys.all, 'head'] as const,
  detail: (id: string) => [...ticketKeys.all, 'detail', id] as const,
  closed: () => [...ticketKeys.all, 'closed'] as const,
  closedSearch: (text: string, customerIds: readonly string[]) => [...ticketKeys.closed(), text, customerIds] as const,
};

/**
 * Every open ticket with its log. Without structural sharing: one ticket's change replaces that
 * ticket's object only (see refreshTicket), and comparing thousands of tickets' logs field by
 * field to find that out would cost more than the change itself.
 */
export const openTicketsQuery = (db: KlokDB) => queryOptions({ queryKey: ticketKeys.open(), queryFn: () => loadOpenTickets(db), structuralSharing: false });

/** How many tickets the board's first screen reads (more than a tall window shows). */
export const BOARD_HEAD_SIZE = 100;

/**
 * The board's first screen: the tickets that breach first and the number of open tickets, read
 * before the whole list (which then replaces it). Null when the queue's stored order is incomplete.
 */
export const boardHeadQuery = (db: KlokDB) => queryOptions({ queryKey: ticketKeys.head(), queryFn: () => loadBoardHead(db, BOARD_HEAD_SIZE) });

/** Closed tickets matching a search, a page at a time (rows only, never their events). */
export const closedTicketsQuery = (db: KlokDB, text: string, customerIds: readonly string[]) =>
  infiniteQueryOptions({
    queryKey: ticketKeys.closedSearch(text, customerIds),
    queryFn: ({ pageParam }) => loadClosedTickets(db, { text, customerIds: new Set(customerIds) }, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset,
  });

export const ticketQuery = (db: KlokDB, id: string) => queryOptions({ queryKey: ticketKeys.detail(id), queryFn: () => loadTicket(db, id) });
