import { queryOptions } from '@tanstack/react-query';
import type { KlokDB } from '../../db/klok-db';
import { ticketRecords } from '../../db/ticket-pages';
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

/**
 * The numbers of the tickets with these ids (open or closed), for naming the tickets calls and
 * outages concern: those records only, never every ticket of the desk (100,000 closed ones on a
 * big desk). Numbers never change, so a list of ids is read once.
 */
export const ticketNumbersQuery = (db: KlokDB, ticketIds: readonly (string | null)[]) => {
  const ids = [...new Set(ticketIds.filter((id): id is string => Boolean(id)))].sort();
  return queryOptions({
    queryKey: [...callKeys.ticketNumbers(), ids],
    queryFn: async () => new Map((await ticketRecords(db, ids)).flatMap((r) => (r ? [[r.id, r.number] as const] : []))),
  });
};
