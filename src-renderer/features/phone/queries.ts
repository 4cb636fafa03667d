import { queryOptions } from '@tanstack/react-query';
import type { KlokDB } from '../../db/klok-db';
import { loadCalls, loadOpenCall } from '../../store/call-store';

export const callKeys = {
  all: ['calls'] as const,
  list: () => [...callKeys.all, 'list'] as const,
  open: () => [...callKeys.all, 'open'] as const,
  ticketNumbers: () => [...callKeys.all, 'ticket-numbers'] as const,
};

/** Every call of the desk, the newest first. */
export const callsQuery = (db: KlokDB) => queryOptions({ queryKey: callKeys.list(), queryFn: () => loadCalls(db) });

/** The call in progress on this desk (running, or ended and not saved yet), or null. */
export const openCallQuery = (db: KlokDB) => queryOptions({ queryKey: callKeys.open(), queryFn: () => loadOpenCall(db) });

/** Every ticket's number by id (open or closed), for naming the tickets calls concern. */
export const ticketNumbersQuery = (db: KlokDB) =>
  queryOptions({ queryKey: callKeys.ticketNumbers(), queryFn: async () => new Map((await db.tickets.toArray()).map((r) => [r.id, r.number])) });
