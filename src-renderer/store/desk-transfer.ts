import { buildDemoDesk } from '../../src-shared/desk/demo-desk';
import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import { parseDeskFile, type DeskImport } from '../../src-shared/desk/desk-file';
import { writeDeskFile } from '../../src-shared/desk/desk-file-write';
import type { Contract, StoredEvent, TicketRow } from '../db/entities';
import type { KlokDB } from '../db/klok-db';
import { rowFromLog } from './ticket-store';

/** The whole desk as a desk file (JSON text). */
export async function exportDesk(db: KlokDB, now: number): Promise<string> {
  const desk = await db.transaction('r', [db.customers, db.contracts, db.agents, db.events, db.settings], async () => {
    const events = await db.events.toArray();
    const byTicket = new Map<string, StoredEvent[]>();
    for (const e of events) {
      const list = byTicket.get(e.ticketId);
      if (list) list.push(e);
      else byTicket.set(e.ticketId, [e]);
    }
    return {
      customers: await db.customers.toArray(),
      contracts: await db.contracts.toArray(),
      agents: await db.agents.toArray(),
      tickets: [...byTicket.entries()].map(([id, list]) => ({ id, events: list.sort((a, b) => a.seq - b.seq) })),
      ticketCounter: ((await db.settings.get('ticketCounter'))?.value as number | undefined) ?? 1000,
    };
  });
  return JSON.stringify(writeDeskFile(desk, now), null, 1);
}

/**
 * Replaces the desk with a desk file's contents. The file is checked field by field first; a bad
 * file is rejected with the field and the reason, and nothing is written. The write is one
 * transaction: all of the file or none of it.
 */
export async function importDesk(db: KlokDB, plans: ContractPlans, text: string): Promise<number> {
  const desk = parseDeskFile(text, plans);
  await writeDesk(db, plans, desk);
  return desk.tickets.length;
}

/** Loads the demo desk (only ever on the user's request, into an empty store). */
export async function loadDemoDesk(db: KlokDB, plans: ContractPlans, now: number): Promise<number> {
  const desk = buildDemoDesk(now, plans);
  await writeDesk(db, plans, desk);
  return desk.tickets.length;
}

async function writeDesk(db: KlokDB, plans: ContractPlans, desk: DeskImport): Promise<void> {
  const contracts = new Map<string, Contract>(desk.contracts.map((c) => [c.id, c]));
  const rows: TicketRow[] = [];
  const events: StoredEvent[] = [];
  for (const t of desk.tickets) {
    const created = t.events.find((e) => e.kind === 'created');
    const contract = created?.kind === 'created' && created.contractId ? contracts.get(created.contractId) : undefined;
    if (!contract) continue; // parseDeskFile guarantees it
    rows.push(rowFromLog(t.id, t.events, plans.planFor(contract)));
    t.events.forEach((e, i) => events.push({ ...e, ticketId: t.id, seq: i + 1 }));
  }
  await db.transaction('rw', [db.customers, db.contracts, db.agents, db.tickets, db.events, db.settings], async () => {
    await Promise.all([db.customers.clear(), db.contracts.clear(), db.agents.clear(), db.tickets.clear(), db.events.clear()]);
    await db.customers.bulkAdd([...desk.customers]);
    await db.contracts.bulkAdd([...contracts.values()]);
    await db.agents.bulkAdd([...desk.agents]);
    await db.tickets.bulkAdd(rows);
    await db.events.bulkAdd(events);
    await db.settings.put({ key: 'ticketCounter', value: desk.ticketCounter });
  });
}
