/**
 * What the Chromium bench runs inside a page of the app's origin: builds big desks straight into
 * IndexedDB and times the store's writes. Bundled on its own (bench/chromium/build-hooks.ts) and
 * injected by the bench into a blank page it serves itself: none of this is in the app's bundle.
 */
import { ContractPlans } from '../../src-shared/desk/contract-plans';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import { outcomePeriodsOf, rowsOfPeriod } from '../../src-shared/teamlead/outcome-periods';
import type { OutcomeRow } from '../../src-shared/teamlead/outcome-projection';
import { KlokDB } from '../../src-renderer/db/klok-db';
import { writeToLog } from '../../src-renderer/db/log-blocks';
import { appendEvents } from '../../src-renderer/store/append-events';
import { ticketRecordOf } from '../../src-renderer/db/ticket-records';
import { writeTicketRecords } from '../../src-renderer/db/ticket-pages';
import { writeCounters } from '../../src-renderer/store/ticket-numbering';
import { registerTicket, runTicketCommand } from '../../src-renderer/store/ticket-store';
import { setDeskId } from '../../src-renderer/store/write-events';
import { BENCH_CODE, BENCH_DESK_ID, directoryEvents, ticketRange, ticketTotal, type DeskShape } from '../../src-shared/test-support/generated-desk';

const plans = new ContractPlans();

/**
 * Fills an empty store with a desk of `shape`. The first chunk (directory and first tickets) goes
 * through appendEvents' first-fill path; later chunks hold whole new ticket streams, so they are
 * written the way that path writes them: the events, and the rows (ticket rows, open tickets'
 * logs, closed tickets' outcomes) folded in memory by the same projections. Chunks keep memory bounded at a million events.
 */
async function seed(shape: DeskShape, chunk = 4_000): Promise<{ ms: number; events: number }> {
  const t0 = performance.now();
  const db = new KlokDB();
  const directory = directoryEvents(shape.now);
  const total = ticketTotal(shape);
  let events = 0;
  for (let from = 0; from < total; from += chunk) {
    const batch = ticketRange(shape, from, Math.min(total, from + chunk));
    events += batch.length;
    if (from === 0) {
      await db.transaction('rw', db.settings, () => setDeskId(db, BENCH_DESK_ID));
      await appendEvents(db, plans, [...directory, ...batch], shape.now);
      events += directory.length;
      continue;
    }
    const projected = projectDesk([...directory, ...batch], plans);
    const rows = projected.tickets;
    await db.transaction('rw', db.logBlocks, db.ticketPages, db.outcomes, db.outcomePeriods, async () => {
      await writeToLog(db, batch);
      await writeTicketRecords(db, new Map(rows.map((t) => [t.id, ticketRecordOf(t)])));
      await db.outcomes.bulkPut(projected.outcomes);
      // Chunks hold whole tickets but share periods: each chunk's period records are merged in.
      await mergeOutcomePeriods(db, projected.outcomes);
    });
  }
  await db.transaction('rw', db.settings, () => writeCounters(db, { [BENCH_CODE]: 1000 + total }));
  db.close();
  return { ms: performance.now() - t0, events };
}

/** Adds a chunk's outcome rows to the period records already seeded (rows of new tickets only). */
async function mergeOutcomePeriods(db: KlokDB, rows: readonly OutcomeRow[]): Promise<void> {
  const fresh = outcomePeriodsOf(rows);
  const known = await db.outcomePeriods.bulkGet(fresh.map((p) => p.id));
  const merged = fresh.map((p, i) => {
    const old = known[i];
    return old ? (outcomePeriodsOf([...rowsOfPeriod(old), ...rowsOfPeriod(p)]).find((x) => x.id === p.id) ?? p) : p;
  });
  await db.outcomePeriods.bulkPut(merged);
}

/**
 * Times the store's writes as an agent causes them: registering a ticket, then a command on an
 * open ticket (respond, or a status change), `n` of each. Milliseconds per write.
 */
async function timeWrites(n: number, openTicketIds: readonly string[], now: number): Promise<{ register: number[]; command: number[] }> {
  const db = new KlokDB();
  const actor = { by: 'Bench', workstation: 'ws-bench-writer' };
  const register: number[] = [];
  const command: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await registerTicket(db, plans, { contractId: 'c0', title: `Written ${i}`, type: 'bug', environment: 'production', channel: 'portal' }, actor, now + i);
    register.push(performance.now() - t0);
    const id = openTicketIds[i % openTicketIds.length] as string;
    const t1 = performance.now();
    await runTicketCommand(db, plans, id, { kind: 'add_note', note: `note ${i}` }, actor, now + i);
    command.push(performance.now() - t1);
  }
  db.close();
  return { register, command };
}

declare global {
  interface Window {
    klokBench?: { seed: typeof seed; timeWrites: typeof timeWrites };
  }
}

window.klokBench = { seed, timeWrites };
