import { describe, expect, it } from 'vitest';
import type { TicketWithLog } from '../../store/ticket-store';
import { withTicket } from './mutations';

const ticket = (id: string, title = id) => ({ row: { id, title } }) as unknown as TicketWithLog;

describe('withTicket', () => {
  const list = [ticket('a'), ticket('b'), ticket('c')];
  it('replaces the ticket in its place and keeps the other objects', () => {
    const fresh = ticket('b', 'changed');
    const next = withTicket(list, 'b', fresh);
    expect(next).toEqual([list[0], fresh, list[2]]);
    expect(next[0]).toBe(list[0]);
    expect(list[1]?.row.title).toBe('b');
  });
  it('adds a new ticket at the end and removes a closed one', () => {
    expect(withTicket(list, 'd', ticket('d')).map((t) => t.row.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(withTicket(list, 'b', null).map((t) => t.row.id)).toEqual(['a', 'c']);
  });
});
