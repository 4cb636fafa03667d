import type { Transaction } from 'dexie';
import { ContractPlans } from '../../src-shared/desk/contract-plans';
import { openTicketLogOf } from '../../src-shared/desk-log/projections/open-ticket-log';
import { termsWithVersion } from '../../src-shared/desk-log/projections/ticket-projection';
import type { DeskPolicy } from '../../src-shared/policy/desk-policy';
import type { Contract, OpenTicketLog, TicketRow } from './entities';

/**
 * Schema version 14 → 15: each open ticket's place in the queue, from the log the board already
 * keeps for it (decision 21). A ticket whose plan cannot be made here (a calendar on a country
 * whose holidays are loaded on demand) keeps no key; while any ticket lacks one the board reads
 * every open ticket, as before, and the ticket's next change writes its key.
 */
export async function addQueueKeys(tx: Transaction): Promise<void> {
  const logs = (await tx.table('openTicketLogs').toArray()) as Pick<OpenTicketLog, 'id' | 'events'>[];
  if (logs.length === 0) return;
  const rows = (await tx.table('tickets').bulkGet(logs.map((l) => l.id))) as (TicketRow | undefined)[];
  const contracts = new Map(((await tx.table('contracts').toArray()) as Contract[]).map((c) => [c.id, c]));
  const plans = new ContractPlans();
  plans.learn((await tx.table('policies').toArray()) as DeskPolicy[]);
  const keyed = logs.flatMap((log, i): OpenTicketLog[] => {
    const row = rows[i];
    const contract = row ? contracts.get(row.contractId) : undefined;
    if (!row || !contract) return [];
    try {
      const open = openTicketLogOf(row, log.events, plans.planFor(termsWithVersion(contract, row.policyVersion)));
      return open ? [open] : [];
    } catch {
      return [];
    }
  });
  await tx.table('openTicketLogs').bulkPut(keyed);
}
