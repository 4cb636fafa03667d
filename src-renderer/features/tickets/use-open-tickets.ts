import { useQuery } from '@tanstack/react-query';
import { useDeskServices } from '../../desk/desk-services';
import { atRiskQuery, directoryQuery, ticketCountQuery } from '../desk/queries';
import { boardHeadQuery, openTicketsQuery } from './queries';

/**
 * The board's first screen (the tickets that breach first) and every open ticket, the latter asked
 * for only once what the first screen reads is in from the store: IndexedDB answers in turn, and a
 * read asked for after the whole list waits for it (decision 21). A kept first screen (decision 27)
 * answers at once, but the store's read of it is still under way. The one place that says when the
 * list is read.
 */
export function useOpenTickets() {
  const { db } = useDeskServices();
  const head = useQuery(boardHeadQuery(db));
  const count = useQuery(ticketCountQuery(db));
  const directory = useQuery(directoryQuery(db));
  const atRisk = useQuery(atRiskQuery(db));
  const isFirstScreenRead = [head, count, directory, atRisk].every((query) => query.isSuccess && !query.isFetching);
  const open = useQuery({ ...openTicketsQuery(db), enabled: isFirstScreenRead });
  return { head, open };
}
