import { Dexie, type Transaction } from 'dexie';
import { ContractPlans } from '../../src-shared/desk/contract-plans';
import type { DeskEvent } from '../../src-shared/desk-log/desk-event';
import { outcomesFromLog, type OutcomeRow } from '../../src-shared/teamlead/outcome-projection';
import { outcomePeriodsOf } from '../../src-shared/teamlead/outcome-periods';
import type { Contract, StoredDeskEvent, TicketRow } from './entities';
import { fromStored } from './stored-event';

/**
 * Schema version 11 → 12: the outcome rows of every closed ticket, folded from its stream. One
 * pass over the log in stream order keeps a single stream in memory at a time (a desk may hold
 * 100,000 closed tickets and a million events).
 */
export async function buildOutcomes(tx: Transaction): Promise<void> {
  const closed = (await tx.table('tickets').where('[isOpen+updatedAt]').between([0, Dexie.minKey], [0, Dexie.maxKey]).toArray()) as TicketRow[];
  if (closed.length === 0) return;
  const rows = new Map(closed.map((t) => [t.id, t]));
  const contracts = new Map(((await tx.table('contracts').toArray()) as Contract[]).map((c) => [c.id, c]));
  const plans = new ContractPlans();
  const outcomes: OutcomeRow[] = [];
  let stream: string | null = null;
  let events: DeskEvent[] = [];
  const flush = () => {
    const row = stream === null ? undefined : rows.get(stream);
    const contract = row ? contracts.get(row.contractId) : undefined;
    if (row && contract) outcomes.push(...outcomesFromLog(row, events, plans.planFor(contract)));
  };
  await tx
    .table('log')
    .orderBy('[stream+order]')
    .each((e: StoredDeskEvent) => {
      if (e.stream !== stream) {
        flush();
        stream = e.stream;
        events = [];
      }
      if (rows.has(e.stream)) events.push(fromStored(e));
    });
  flush();
  await tx.table('outcomes').bulkPut(outcomes);
}

/** Schema version 13 → 14: the period records of every outcome row. */
export async function buildOutcomePeriods(tx: Transaction): Promise<void> {
  const rows = (await tx.table('outcomes').toArray()) as OutcomeRow[];
  if (rows.length > 0) await tx.table('outcomePeriods').bulkPut(outcomePeriodsOf(rows));
}
