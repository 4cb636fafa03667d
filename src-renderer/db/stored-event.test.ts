import { describe, expect, it } from 'vitest';
import type { DeskEvent } from '../../src-shared/desk-log/desk-event';
import { fromStored, toStored } from './stored-event';

const event = (kind: string, stream: string, payload: Record<string, unknown>): DeskEvent => ({
  id: 'e1',
  deskId: 'd',
  workstation: 'ws',
  by: 'Anna',
  hlc: '1772442000000-0000',
  kind,
  v: 1,
  stream,
  payload,
});

describe('toStored', () => {
  it('refers a created ticket to its contract, so the contract’s arrival finds the ticket', () => {
    const created = event('created', 'tk-1', { at: 1, contractId: 'con-1' });
    expect(toStored(created)).toStrictEqual({ ...created, order: expect.any(String), ref: 'con-1' });
    expect(fromStored(toStored(created))).toStrictEqual(created);
  });

  it('refers no other event to a contract, even one naming it, and no created event without a contract', () => {
    const engagement = event('engagement.query_support_opened', 'en-1', { at: 1, customerId: 'cus-1', contractId: 'con-1', title: 'Help' });
    expect(toStored(engagement)).not.toHaveProperty('ref');
    expect(toStored(event('created', 'tk-1', { at: 1 }))).not.toHaveProperty('ref');
  });
});
