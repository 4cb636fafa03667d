import type { DeskEvent } from '../desk-log/desk-event';
import { eventsFromLegacyDesk, type LegacyContext } from '../desk-log/legacy-desk';
import { InputError, issue } from '../validation/issues';
import type { ContractPlans } from './contract-plans';
import { checkDeskFileV1 } from './desk-file';
import { DESK_FILE_V2, parseDeskLogFile } from './desk-file-v2';

/** A desk file ready to replace the desk: its log, its desk id, and the ticket counters it implies. */
export interface DeskFileContents {
  /** The file's desk; a file from before the desk log becomes a new desk (`newDeskId`). */
  readonly deskId: string;
  readonly events: readonly DeskEvent[];
  /** The last sequence used per workstation code, for files that say more than their numbers do. */
  readonly counters: Readonly<Record<string, number>>;
  readonly ticketCount: number;
  /** How many customers the file holds (what the import's confirmation says, with the tickets). */
  readonly customerCount: number;
}

/** The distinct streams of the events of `kind`: the entities a log brings into being. */
function countOf(events: readonly DeskEvent[], kind: string): number {
  return new Set(events.filter((e) => e.kind === kind).map((e) => e.stream)).size;
}

/**
 * Reads a desk file of any version Klok has written, checked field by field. A version 1 file
 * (before the desk log) becomes log events stamped at their business instants. Throws an
 * InputError naming each bad field; nothing here writes anything.
 */
export function readDeskFile(text: string, plans: ContractPlans, legacy: Omit<LegacyContext, 'deskId'> & { readonly newDeskId: string }): DeskFileContents {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError([issue('file', `is not JSON (${(error as Error).message})`, 'desk.not_json')]);
  }
  const version = raw && typeof raw === 'object' ? (raw as { version?: unknown }).version : undefined;
  if (version === DESK_FILE_V2) {
    const file = parseDeskLogFile(raw, plans);
    return {
      deskId: file.deskId,
      events: file.events,
      counters: {},
      ticketCount: countOf(file.events, 'created'),
      customerCount: countOf(file.events, 'customer.added'),
    };
  }
  const desk = checkDeskFileV1(raw, plans);
  const { events } = eventsFromLegacyDesk(desk, { deskId: legacy.newDeskId, workstation: legacy.workstation, by: legacy.by });
  return {
    deskId: legacy.newDeskId,
    events,
    counters: { T: desk.ticketCounter },
    ticketCount: desk.tickets.length,
    customerCount: countOf(events, 'customer.added'),
  };
}
