import type { DeskEvent } from '../../src-shared/desk-log/desk-event';

/**
 * What the store keeps. Instants inside IndexedDB are epoch milliseconds (numbers: compact,
 * indexable, no parsing on the board's hot path); files, IPC and the CLI carry ISO-8601.
 * The projection rows are produced by the desk log's reducers (src-shared/desk-log/projections).
 */
export type { Agent, Contract, Customer, DeskSetting, TicketRow, Workstation } from '../../src-shared/desk-log/projections/entities';
export type { BillingRun, Engagement } from '../../src-shared/consultancy/engagement';
import type { LoggedTicketEvent } from '../../src-shared/desk-log/projections/ticket-projection';
export type { LoggedTicketEvent };

/** One event of the desk log as schema versions 10–17 stored it (decision 24 moved it into blocks). */
export type StoredDeskEvent = DeskEvent & {
  /** `orderKey`: (hlc, workstation, id) as one sortable text. */
  readonly order: string;
  /** For a ticket's created event: its contract, so the ticket's row can follow its contract. */
  readonly ref?: string;
};

/**
 * An open ticket's events as the engine reads them, kept beside its row: the board reads every
 * open ticket's log in one request instead of one per ticket. A projection like the others
 * (rebuilt from the ticket's stream whenever it changes); a closed ticket has none.
 */
export type { OpenTicketLog } from '../../src-shared/desk-log/projections/open-ticket-log';

/** A setting of this workstation only (language, its clock, its ticket counter): never an event. */
export interface Setting {
  readonly key: string;
  readonly value: unknown;
}

/** An event the sync server has not acknowledged yet: its id, apply-order key and the event. */
export interface OutboxEntry {
  readonly id: string;
  readonly order: string;
  readonly event: DeskEvent;
}
