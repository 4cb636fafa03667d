import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import { buildDemoDesk } from '../../src-shared/desk/demo-desk';
import { DEMO_TEXTS } from '../../src-shared/desk/demo-texts';
import type { AppLanguage } from '../../src-shared/ipc/ipc-contract';
import { DESK_FILE_V2, toWireDeskEvent } from '../../src-shared/desk/desk-file-v2';
import { readDeskFile, type DeskFileContents } from '../../src-shared/desk/read-desk-file';
import type { DeskEvent } from '../../src-shared/desk-log/desk-event';
import { eventsFromLegacyDesk } from '../../src-shared/desk-log/legacy-desk';
import { toIsoUtc } from '../../src-shared/time/instant';
import type { KlokDB } from '../db/klok-db';
import { LEGACY_WRITER } from '../db/upgrade-to-desk-log';
import { newId } from './actor';
import { readLog } from '../db/log-blocks';
import { clearTicketPages } from '../db/ticket-pages';
import { appendEvents, deskTables } from './append-events';
import type { DeskProjections } from '../../src-shared/desk-log/project-desk';
import { openTicketsOf, type TicketWithLog } from './ticket-store';
import { readCounters, writeCounters } from './ticket-numbering';
import { deskIdOf, setDeskId } from './write-events';
import { refuseWhileShared } from './sync-store';

/** The whole desk as a desk file (JSON text): its log in apply order. */
export async function exportDesk(db: KlokDB, now: number): Promise<string> {
  return (await exportDeskWithCount(db, now)).text;
}

/** The desk file and how many events it holds (a backup's manifest counts them). */
export async function exportDeskWithCount(db: KlokDB, now: number): Promise<{ text: string; events: number }> {
  const { deskId, events } = await db.transaction('rw', deskTables(db), async () => ({
    deskId: await deskIdOf(db),
    events: await readLog(db),
  }));
  const file = { format: 'klok-desk', version: DESK_FILE_V2, exportedAt: toIsoUtc(now), deskId, events: events.map(toWireDeskEvent) };
  return { text: JSON.stringify(file, null, 1), events: events.length };
}

/**
 * Replaces the desk with a desk file's contents (any version Klok wrote). The file is checked
 * field by field first; a bad file is rejected with the field and the reason, and nothing is
 * written. The write is one transaction: all of the file or none of it.
 */
export async function importDesk(db: KlokDB, plans: ContractPlans, text: string, now = 0): Promise<number> {
  return (await importDeskFile(db, plans, text, now)).tickets;
}

/** What an import wrote: how many tickets, and the open ones as the board reads them (loadOpenTickets). */
export interface ImportedDesk {
  readonly tickets: number;
  readonly openTickets: TicketWithLog[];
}

/**
 * Reads and checks a desk file (any version Klok wrote) without writing anything: what an import
 * would write. Throws an InputError naming each bad field. The desk data dialog does this as soon
 * as a file is chosen, so the agent sees what the file holds, or why it is refused, before the
 * desk is replaced.
 */
export function checkDeskFile(text: string, plans: ContractPlans): DeskFileContents {
  return readDeskFile(text, plans, { newDeskId: newId(), ...LEGACY_WRITER });
}

/**
 * importDesk, handing back the open tickets it wrote so the board need not read them again. They
 * are handed to `whileWriting` first, with the rest of the new desk, while IndexedDB writes it.
 * Takes the file's text, or its contents as checkDeskFile returned them.
 */
export async function importDeskFile(
  db: KlokDB,
  plans: ContractPlans,
  text: string | DeskFileContents,
  now = 0,
  whileWriting?: (openTickets: readonly TicketWithLog[], desk: DeskProjections) => void,
): Promise<ImportedDesk> {
  const file = typeof text === 'string' ? checkDeskFile(text, plans) : text;
  const written: { desk?: DeskProjections; open?: TicketWithLog[] } = {};
  await replaceDesk(db, plans, file.deskId, file.events, file.counters, now, (desk) => {
    written.desk = desk;
    written.open = openTicketsOf(desk.tickets, desk.contracts);
    whileWriting?.(written.open, desk);
  });
  // Worked out while writing; again here only if that work failed (it never undoes the write).
  const openTickets = written.open ?? (written.desk ? openTicketsOf(written.desk.tickets, written.desk.contracts) : []);
  return { tickets: file.ticketCount, openTickets };
}

/** Loads the demo desk (only ever on the user's request, into an empty store), its texts in the user's language. */
export async function loadDemoDesk(db: KlokDB, plans: ContractPlans, now: number, language: AppLanguage = 'en'): Promise<number> {
  const desk = buildDemoDesk(now, plans, undefined, language);
  const deskId = newId();
  const { events } = eventsFromLegacyDesk(desk, { deskId, workstation: 'demo', by: DEMO_TEXTS[language].writer });
  await replaceDesk(db, plans, deskId, events, { T: desk.ticketCounter }, now);
  return desk.tickets.length;
}

/**
 * Empties the desk and appends `events` through the one write path, in one transaction. This
 * workstation's clock only moves forward, and so do its ticket counters: past every number in the
 * log and every number it handed out before (restoring an older desk never reissues a number).
 */
async function replaceDesk(
  db: KlokDB,
  plans: ContractPlans,
  deskId: string,
  events: readonly DeskEvent[],
  counters: Readonly<Record<string, number>>,
  now: number,
  whileWriting?: (projections: DeskProjections) => void,
): Promise<void> {
  return db.transaction('rw', deskTables(db), async () => {
    await refuseWhileShared(db);
    await Promise.all([
      db.logBlocks.clear(),
      db.workstations.clear(),
      db.deskSettings.clear(),
      db.customers.clear(),
      db.contracts.clear(),
      db.agents.clear(),
      clearTicketPages(db),
      db.calls.clear(),
      db.engagements.clear(),
      db.billingRuns.clear(),
      db.outages.clear(),
      db.exclusions.clear(),
      db.outcomes.clear(),
      db.outcomePeriods.clear(),
      db.policies.clear(),
    ]);
    await setDeskId(db, deskId);
    // The append moves the counters past the desk's numbers; the file's own counters may be further.
    await appendEvents(db, plans, events, now, whileWriting ? { whileWriting } : {});
    const next: Record<string, number> = { ...(await readCounters(db)) };
    for (const [code, counter] of Object.entries(counters)) if (code) next[code] = Math.max(next[code] ?? 0, counter);
    await writeCounters(db, next);
  });
}
