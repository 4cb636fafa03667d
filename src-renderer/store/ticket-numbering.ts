import type { DeskEvent } from '../../src-shared/desk-log/desk-event';
import { countersPast, FIRST_TICKET_SEQUENCE, formatTicketNumber, type TicketCounters } from '../../src-shared/desk-log/ticket-numbers';
import type { KlokDB } from '../db/klok-db';
import { COUNTERS_KEY, countersOf } from '../db/ticket-counters';

/** This workstation's counters: the last sequence used per workstation code (decision 7). */
export async function readCounters(db: KlokDB): Promise<TicketCounters> {
  return countersOf(await db.settings.get(COUNTERS_KEY));
}

export async function writeCounters(db: KlokDB, counters: TicketCounters): Promise<void> {
  await db.settings.put({ key: COUNTERS_KEY, value: counters });
}

/** The ticket numbers `events` give (their `created` events'). */
function numbersOf(events: readonly DeskEvent[]): string[] {
  return events.flatMap((e) => (e.kind === 'created' && typeof e.payload['number'] === 'string' ? [e.payload['number']] : []));
}

/**
 * Moves the counters past every ticket number `events` give (countersPast), in the caller's
 * transaction: appendEvents does this for every event the store takes, so the counters are always
 * past every number the desk holds, whatever wrote it (this workstation, an import, a pull).
 */
export async function moveCountersPast(db: KlokDB, events: readonly DeskEvent[]): Promise<void> {
  const numbers = numbersOf(events);
  if (numbers.length === 0) return;
  const counters = await readCounters(db);
  const moved = countersPast(counters, numbers);
  if (moved !== counters) await writeCounters(db, moved);
}

/**
 * The next ticket number of this workstation: its code and the sequence after the last one used.
 * The counters are past every number the desk holds (moveCountersPast), so the number is free
 * without looking it up (decision 28). Call inside the registering transaction (after the
 * workstation joined the desk); the counter moves on in the same transaction.
 */
export async function nextTicketNumber(db: KlokDB, workstation: string): Promise<string> {
  const code = (await db.workstations.get(workstation))?.code;
  if (!code) throw new Error(`workstation ${workstation} has not joined the desk`);
  const counters = await readCounters(db);
  const sequence = Math.max(counters[code] ?? 0, FIRST_TICKET_SEQUENCE - 1) + 1;
  await writeCounters(db, { ...counters, [code]: sequence });
  return formatTicketNumber(code, sequence);
}
