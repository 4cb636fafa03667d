import { describe, expect, it } from 'vitest';
import { gapsWithin, intersect, lengthOf, subtract, union } from './interval';

const i = (start: number, end: number) => ({ start, end });

describe('union', () => {
  it('joins overlapping and touching intervals and drops empty ones', () => {
    expect(union([i(5, 7), i(0, 2), i(2, 3), i(6, 9), i(4, 4)])).toEqual([i(0, 3), i(5, 9)]);
  });
  it('keeps an interval that already contains the next one', () => {
    expect(union([i(0, 10), i(2, 5)])).toEqual([i(0, 10)]);
    expect(union([i(2, 5), i(0, 10), i(4, 10)])).toEqual([i(0, 10)]);
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

describe('subtract, at the edges of the half-open intervals', () => {
  it('trims the start when a hole begins exactly where an interval begins, leaving no empty piece', () => {
    expect(subtract([i(0, 10)], [i(0, 3)])).toEqual([i(3, 10)]);
  });
  it('trims the end when a hole ends exactly where an interval ends, leaving no empty piece', () => {
    expect(subtract([i(0, 10)], [i(8, 10)])).toEqual([i(0, 8)]);
  });
  it('leaves no empty piece between two holes that touch', () => {
    expect(subtract([i(0, 10)], [i(2, 3), i(3, 5)])).toEqual([i(0, 2), i(5, 10)]);
  });
  it('is empty when the holes cover the interval exactly', () => {
    expect(subtract([i(0, 10)], [i(0, 4), i(4, 10)])).toEqual([]);
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
