import { numberSortKey } from '../../src-shared/board/board-model';
import type { StoredTicket } from '../../src-shared/desk-log/projections/open-ticket-log';
import type { LoggedTicketEvent } from '../../src-shared/desk-log/projections/ticket-projection';
import type { TicketRow } from './entities';

/**
 * A ticket as the store keeps it (decisions 23, 25 and 29): its row, and while it is open the
 * board's fields beside it, with its log as JSON text. The record goes onto a page of tickets
 * (ticket-pages.ts), whose indexes hold an open ticket by its place in the queue (`queueKey`,
 * `numberKey`) and a closed one by its last change (`closedKey`).
 */
export type TicketRecord = TicketRow & {
  /** The open ticket's engine events in log order, as JSON text. */
  readonly log?: string;
  /** An open ticket's place in the queue (queueKeyOf), or UNPLACED. */
  readonly queueKey?: number;
  readonly numberKey?: string;
  /** A closed ticket's last change: the closed list's order, newest first. */
  readonly closedKey?: number;
  /** Never a list of events: a ticket as the projection makes it goes in through ticketRecordOf. */
  readonly events?: never;
};

/**
 * The queue key of an open ticket whose place an upgrade could not work out (its calendar's
 * holidays are loaded on demand). It sorts first, so the board's first screen sees it and reads
 * every open ticket instead; the ticket's next change writes its real key.
 */
export const UNPLACED = -1;

/** The record of a ticket as the projection makes it. */
export function ticketRecordOf({ events, ...ticket }: StoredTicket): TicketRecord {
  if (ticket.isOpen !== 1) return { ...ticket, closedKey: ticket.updatedAt };
  return events ? { ...ticket, log: JSON.stringify(events) } : ticket;
}

/** The open ticket's log kept in its record; undefined for a closed ticket. */
export function openLogOf(record: TicketRecord): LoggedTicketEvent[] | undefined {
  return record.log === undefined ? undefined : (JSON.parse(record.log) as LoggedTicketEvent[]);
}

/** The ticket as the projection made it, from its record. */
export function storedTicketOfRecord({ log, closedKey: _closedKey, ...ticket }: TicketRecord): StoredTicket {
  return log === undefined ? ticket : { ...ticket, events: JSON.parse(log) as LoggedTicketEvent[] };
}

/** The ticket's row without the board's fields: what the rest of the desk reads. */
export function rowOfRecord({ log: _log, queueKey: _queueKey, numberKey: _numberKey, closedKey: _closedKey, ...row }: TicketRecord): TicketRow {
  return row;
}

/**
 * A record as version 19 kept it, in today's shape: the log as text, a place in the queue for every
 * open ticket (UNPLACED where it had none), the closed list's key for every closed one. Changes
 * `record` in place (an upgrade's modify).
 */
export function upgradeTicketRecord(record: Record<string, unknown>): void {
  if (Array.isArray(record['events'])) {
    record['log'] = JSON.stringify(record['events']);
    delete record['events'];
  }
  if (record['isOpen'] !== 1) record['closedKey'] = record['updatedAt'];
  else if (typeof record['queueKey'] !== 'number' || typeof record['numberKey'] !== 'string') {
    record['queueKey'] = UNPLACED;
    record['numberKey'] = numberSortKey(String(record['number']));
  }
}
