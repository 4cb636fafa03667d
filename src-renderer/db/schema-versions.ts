import type { Transaction } from 'dexie';

/**
 * Every schema version Klok has shipped, oldest first. A shipped version is never edited:
 * a change adds the next version, with an `upgrade` when data must move, and a test for it.
 */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Record<string, string>;
  readonly upgrade?: (tx: Transaction) => PromiseLike<unknown>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      customers: 'id, name',
      contracts: 'id, customerId',
      tickets: 'id, &number, isOpen, customerId, contractId, status, updatedAt',
      events: 'id, ticketId, [ticketId+seq]',
      agents: 'id, &name',
      settings: 'key',
    },
  },
];
