import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../test-support/properties';
import { compareHlc, formatHlc, HLC_ZERO, parseHlc, receive, tick, type Hlc } from './hlc';

// 2026-03-02T09:00:00Z (Mon)
const T = 1_772_442_000_000;
const h = (wall: number, counter: number): Hlc => ({ wall, counter });

describe('tick', () => {
  it.each([
    ['a clock that moves forward', h(T, 7), T + 1, h(T + 1, 0)],
    ['a clock that stutters (same millisecond)', h(T, 7), T, h(T, 8)],
    ['a clock that went backwards', h(T, 7), T - 60_000, h(T, 8)],
    ['the first event of a workstation', HLC_ZERO, T, h(T, 0)],
    ['a full counter: the next millisecond, never a refusal', h(T, 0xffff), T, h(T + 1, 0)],
    ['fractional wall time is floored', h(T, 0), T + 0.9, h(T, 1)],
  ])('after %s', (_name, last, now, expected) => {
    expect(tick(last, now)).toEqual(expected);
  });
});

describe('receive', () => {
  it.each([
    ['the wall clock is ahead of both stamps', h(T, 3), h(T - 5, 9), T + 10, h(T + 10, 0)],
    ['the remote stamp is ahead', h(T, 3), h(T + 20, 9), T + 10, h(T + 20, 10)],
    // Only the remote stamp has the newest millisecond: the local counter belongs to an older one.
    ['the remote stamp is ahead and the local counter is higher', h(T, 12), h(T + 20, 9), T + 10, h(T + 20, 10)],
    ['the local stamp is ahead', h(T + 30, 3), h(T + 20, 9), T + 10, h(T + 30, 4)],
    ['both stamps share the newest millisecond', h(T + 30, 3), h(T + 30, 9), T + 10, h(T + 30, 10)],
    ['both share it and the local counter is higher', h(T + 30, 12), h(T + 30, 9), T + 10, h(T + 30, 13)],
    ['a remote counter that is full', h(T, 0), h(T + 30, 0xffff), T, h(T + 31, 0)],
  ])('when %s', (_name, local, remote, now, expected) => {
    expect(receive(local, remote, now).clock).toEqual(expected);
  });

  it('takes a stamp an hour ahead and says by how much it was ahead', () => {
    const { clock, aheadMs } = receive(h(T, 0), h(T + 3_600_000, 2), T);
    expect(clock).toEqual(h(T + 3_600_000, 3));
    expect(aheadMs).toBe(3_600_000);
  });

  it('reports no drift for a stamp from the past', () => {
    expect(receive(h(T, 0), h(T - 10_000, 0), T).aheadMs).toBe(0);
  });
});

describe('text form', () => {
  it('is fixed width and sorts like the clock', () => {
    expect(formatHlc(h(T, 10))).toBe('1772442000000-000a');
    expect(formatHlc(h(5, 0))).toBe('0000000000005-0000');
    const arb = fc.record({ wall: fc.integer({ min: 0, max: 7_258_118_400_000 }), counter: fc.integer({ min: 0, max: 0xffff }) });
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const byText = formatHlc(a) < formatHlc(b) ? -1 : formatHlc(a) > formatHlc(b) ? 1 : 0;
        expect(byText).toBe(Math.sign(compareHlc(a, b)));
        expect(parseHlc(formatHlc(a))).toEqual(a);
      }),
      propertyRuns(500),
    );
  });

  it.each(['', '1772442000000', '1772442000000-00a', '1772442000000-000A', '177244200000-0001', ' 1772442000000-0001'])('refuses %j', (text) => {
    expect(parseHlc(text)).toBeNull();
  });
});

describe('the laws', () => {
  it('every stamp a workstation writes or takes in is after everything it wrote or saw before', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('local' as const), now: fc.integer({ min: T - 100_000, max: T + 100_000 }) }),
      fc.record({
        kind: fc.constant('remote' as const),
        now: fc.integer({ min: T - 100_000, max: T + 100_000 }),
        wall: fc.integer({ min: T - 200_000, max: T + 200_000 }),
        counter: fc.integer({ min: 0, max: 0xffff }),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let clock = HLC_ZERO;
        for (const s of steps) {
          const next = s.kind === 'local' ? tick(clock, s.now) : receive(clock, h(s.wall, s.counter), s.now).clock;
          expect(compareHlc(next, clock)).toBeGreaterThan(0);
          if (s.kind === 'remote') expect(compareHlc(next, h(s.wall, s.counter))).toBeGreaterThan(0);
          expect(next.wall).toBeGreaterThanOrEqual(s.now);
          expect(next.counter).toBeLessThanOrEqual(0xffff);
          clock = next;
        }
      }),
      propertyRuns(300),
    );
  });
});
