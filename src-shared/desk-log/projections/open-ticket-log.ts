import { nextTimer, numberSortKey, queueKeyOf } from '../../board/board-model';
import type { CompiledPlan } from '../../policy/compiled-policy';
import { ticketClocks } from '../../ticket/ticket-clocks';
import type { TicketRow } from './entities';
import type { LoggedTicketEvent } from './ticket-projection';

/**
 * An open ticket's log as the board reads it, with its place in the queue: the board's first
 * screen reads the few tickets that breach first by their place in the queue (the ticket pages'
 * `queue` index, decisions 21 and 29), without reading every open ticket.
 */
export interface OpenTicketLog {
  readonly id: string;
  /** The ticket's engine events in log order. */
  readonly events: readonly LoggedTicketEvent[];
  /**
   * The due instant of the running SLA timer due first, else Number.MAX_SAFE_INTEGER (queueKeyOf).
   * A running timer's due instant follows from the log alone, so the key evaluated at the last
   * event is the key the board evaluates at any later moment.
   */
  readonly queueKey: number;
  /** The ticket number as text that sorts naturally (numberSortKey): the queue's tie-break. */
  readonly numberKey: string;
}

/** The board's record of a ticket, or null when the ticket is closed (the board reads open tickets only). */
export function openTicketLogOf(row: TicketRow, log: readonly LoggedTicketEvent[], plan: CompiledPlan): OpenTicketLog | null {
  if (row.isOpen !== 1) return null;
  const next = nextTimer(ticketClocks(plan, log, row.updatedAt));
  return { id: row.id, events: log, queueKey: queueKeyOf(next), numberKey: numberSortKey(row.number) };
}

/**
 * A ticket as the store keeps it: one record per ticket (decision 23), up to 25 of them on a page
 * of tickets (decision 29). Its row, and while it is open the board's fields beside it, so the
 * board reads rows and logs together. A closed ticket's record is its row alone, which keeps it out
 * of the queue's index.
 */
export type StoredTicket = TicketRow & Partial<Omit<OpenTicketLog, 'id'>>;

/** The record of a ticket: its row with its open log's fields, if it is open. */
export function storedTicketOf(row: TicketRow, open: (Pick<OpenTicketLog, 'events'> & Partial<OpenTicketLog>) | null): StoredTicket {
  if (!open) return row;
  const { id: _id, ...fields } = open;
  return { ...row, ...fields };
}

/** The ticket's row without the board's fields: what the rest of the desk reads. */
export function rowOfStored({ events: _events, queueKey: _queueKey, numberKey: _numberKey, ...row }: StoredTicket): TicketRow {
  return row;
}
