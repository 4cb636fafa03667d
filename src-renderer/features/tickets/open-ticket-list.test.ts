import { describe, expect, it } from 'vitest';
import type { TicketWithLog } from '../../store/ticket-store';
import { changesBetween, STEPS_KEPT, withTicket } from './open-ticket-list';

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

describe('changesBetween', () => {
  const list = [ticket('a'), ticket('b'), ticket('c')];
  it('names the tickets changed since an earlier list, the latest change of each', () => {
    const b1 = ticket('b', 'first');
    const b2 = ticket('b', 'second');
    const one = withTicket(list, 'b', b1);
    const two = withTicket(one, 'c', null);
    const three = withTicket(two, 'b', b2);
    const four = withTicket(three, 'd', ticket('d'));
    expect(changesBetween(one, one)).toEqual(new Map());
    expect(changesBetween(list, one)).toEqual(new Map([['b', b1]]));
    const all = changesBetween(list, four);
    expect([...(all ?? [])].map(([id, t]) => [id, t?.row.title ?? null])).toEqual([
      ['b', 'second'],
      ['c', null],
      ['d', 'd'],
    ]);
    expect(changesBetween(two, four)?.get('b')).toBe(b2);
  });
  it('knows nothing of lists not made from the earlier one', () => {
    const one = withTicket(list, 'b', ticket('b', 'x'));
    const other = withTicket(list, 'a', ticket('a', 'y'));
    expect(changesBetween(one, other)).toBeNull();
    expect(changesBetween(list, [...list])).toBeNull();
    expect(changesBetween(one, list)).toBeNull();
  });
  it('remembers STEPS_KEPT steps back, no further (each step holds the list before it)', () => {
    let at: TicketWithLog[] = list;
    const lists = [at];
    for (let i = 0; i < STEPS_KEPT + 3; i++) lists.push((at = withTicket(at, 'a', ticket('a', `v${i}`))));
    const last = lists.at(-1) ?? [];
    expect(changesBetween(lists.at(-1 - STEPS_KEPT) ?? [], last)?.get('a')?.row.title).toBe(`v${STEPS_KEPT + 2}`);
    expect(changesBetween(lists.at(-2 - STEPS_KEPT) ?? [], last)).toBeNull();
  });
});
