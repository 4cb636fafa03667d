import { orderKey, type DeskEvent } from '../../src-shared/desk-log/desk-event';
import type { StoredDeskEvent } from './entities';

/** A log event as the store keeps it: with its apply-order key and, for a created ticket, its contract. */
export function toStored(e: DeskEvent): StoredDeskEvent {
  const ref = e.kind === 'created' ? e.payload['contractId'] : undefined;
  return { ...e, order: orderKey(e), ...(typeof ref === 'string' ? { ref } : {}) };
}

export function fromStored({ order: _order, ref: _ref, ...e }: StoredDeskEvent): DeskEvent {
  return e;
}
