import type { QueryClient } from '@tanstack/react-query';
import type { ProjectionName } from '../../../src-shared/desk-log/event-kinds';
import type { KlokDB } from '../../db/klok-db';
import { refreshTicket } from '../tickets/mutations';

/** Up to this many changed tickets are put into the board one by one; more reload the board. */
const ONE_BY_ONE = 50;

/**
 * Shows what a pull changed: a few tickets go into the board in place (as a local change does, so
 * the other rows keep their evaluated clocks); everything else the desk shows is read again.
 * A changed contract or desk setting reloads everything.
 */
export async function showPulled(client: QueryClient, db: KlokDB, touched: ReadonlyMap<ProjectionName, ReadonlySet<string>>): Promise<void> {
  const tickets = touched.get('ticket') ?? new Set<string>();
  // A contract's change (or a desk setting) can move the clocks of tickets no pulled event names.
  if (tickets.size > ONE_BY_ONE || touched.has('contract') || touched.has('desk')) {
    await client.invalidateQueries();
    return;
  }
  for (const id of tickets) await refreshTicket(client, db, id);
  await client.invalidateQueries({ predicate: (q) => !(q.queryKey[0] === 'tickets' && (q.queryKey[1] === 'open' || q.queryKey[1] === 'detail')) });
}
