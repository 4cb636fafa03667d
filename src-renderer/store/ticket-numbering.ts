import { FIRST_TICKET_SEQUENCE, formatTicketNumber } from '../../src-shared/desk-log/ticket-numbers';
import type { KlokDB } from '../db/klok-db';

/** This workstation's counters: the last sequence used per workstation code (decision 7). */
export const COUNTERS_KEY = 'ticketCounters';

export type TicketCounters = Readonly<Record<string, number>>;

export async function readCounters(db: KlokDB): Promise<TicketCounters> {
  const value = (await db.settings.get(COUNTERS_KEY))?.value;
  return value && typeof value === 'object' ? (value as TicketCounters) : {};
}

export async function writeCounters(db: KlokDB, counters: TicketCounters): Promise<void> {
  await db.settings.put({ key: COUNTERS_KEY, value: counters });
}

/**
 * The next ticket number of this workstation: its code and the sequence after the last one it
 * used, skipping any number the desk already holds. Call inside the registering transaction
 * (after the workstation joined the desk); the counter moves on in the same transaction.
 */
export async function nextTicketNumber(db: KlokDB, workstation: string): Promise<string> {
  const code = (await db.workstations.get(workstation))?.code;
  if (!code) throw new Error(`workstation ${workstation} has not joined the desk`);
  const counters = await readCounters(db);
  let sequence = Math.max(counters[code] ?? 0, FIRST_TICKET_SEQUENCE - 1) + 1;
  while ((await db.tickets.where('number').equals(formatTicketNumber(code, sequence)).count()) > 0) sequence++;
  await writeCounters(db, { ...counters, [code]: sequence });
  return formatTicketNumber(code, sequence);
}
