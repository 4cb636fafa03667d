import type { StoredTicket } from '../../src-shared/desk-log/projections/open-ticket-log';
import type { LoggedTicketEvent } from '../../src-shared/desk-log/projections/ticket-projection';
import type { TicketRow } from './entities';

/**
 * A ticket as the `tickets` table keeps it (decisions 23 and 25): its row, and while it is open the
 * board's fields beside it, with its log as JSON text. IndexedDB copies a string in one piece but
 * walks a list of event objects field by field on every write and every read; an import of 10,000
 * tickets spent more time handing their logs to IndexedDB than writing anything else.
 */
export type TicketRecord = TicketRow & {
  /** The open ticket's engine events in log order, as JSON text. */
  readonly log?: string;
  readonly queueKey?: number;
  readonly numberKey?: string;
  /** Never a list of events: a ticket as the projection makes it goes in through ticketRecordOf. */
  readonly events?: never;
};

/** The record of a ticket as the projection makes it. */
export function ticketRecordOf({ events, ...ticket }: StoredTicket): TicketRecord {
  return events ? { ...ticket, log: JSON.stringify(events) } : ticket;
}

/** The open ticket's log kept in its record; undefined for a closed ticket. */
export function openLogOf(record: TicketRecord): LoggedTicketEvent[] | undefined {
  return record.log === undefined ? undefined : (JSON.parse(record.log) as LoggedTicketEvent[]);
}

/** The ticket as the projection made it, from its record. */
export function storedTicketOfRecord({ log, ...ticket }: TicketRecord): StoredTicket {
  return log === undefined ? ticket : { ...ticket, events: JSON.parse(log) as LoggedTicketEvent[] };
}

/** The ticket's row without the board's fields: what the rest of the desk reads. */
export function rowOfRecord({ log: _log, queueKey: _queueKey, numberKey: _numberKey, ...row }: TicketRecord): TicketRow {
  return row;
}
