import { describe, expect, it } from 'vitest';
import { gapsWithin, intersect, lengthOf, subtract, union } from './interval';

const i = (start: number, end: number) => ({ start, end });

describe('union', () => {
  it('joins overlapping and touching intervals and drops empty ones', () => {
    expect(union([i(5, 7), i(0, 2), i(2, 3), i(6, 9), i(4, 4)])).toEqual([i(0, 3), i(5, 9)]);
  });
});

describe('intersect', () => {
  it('keeps only what both lists cover', () => {
    expect(intersect([i(0, 5), i(8, 12)], [i(3, 9), i(11, 20)])).toEqual([i(3, 5), i(8, 9), i(11, 12)]);
  });
  it('is empty when the lists only touch (half-open)', () => {
    expect(intersect([i(0, 5)], [i(5, 9)])).toEqual([]);
  });
});

describe('subtract', () => {
  it('cuts holes and trims edges', () => {
    expect(subtract([i(0, 10), i(20, 30)], [i(2, 3), i(8, 22), i(29, 40)])).toEqual([i(0, 2), i(3, 8), i(22, 29)]);
  });
  it('leaves a list alone when nothing overlaps', () => {
    expect(subtract([i(0, 10)], [i(10, 12)])).toEqual([i(0, 10)]);
  });
});

describe('gapsWithin', () => {
  it('returns what a range has outside the list, and lengths add up', () => {
    const list = [i(2, 4), i(6, 7)];
    const gaps = gapsWithin(i(0, 10), list);
    expect(gaps).toEqual([i(0, 2), i(4, 6), i(7, 10)]);
    expect(lengthOf(gaps) + lengthOf(list)).toBe(10);
  });
});
