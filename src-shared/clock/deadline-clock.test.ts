import { describe, expect, it } from 'vitest';
import { at, MINUTE } from '../test-support/instants';
import type { Deadline } from './deadline';
import { MAX_SLEEP_MS } from './deadline-schedule';
import { DeadlineClock } from './deadline-clock';

/** A hand-driven clock: time moves only when the test says so. */
function harness(start: number, before: readonly string[] = []) {
  let now = start;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1;
  const announced: Deadline[] = [];
  const batches: (readonly Deadline[])[] = [];
  const remembered: string[][] = [];
  const clock = new DeadlineClock(
    {
      now: () => now,
      setTimer: (fn, ms) => {
        const id = nextId++;
        timers.set(id, { at: now + ms, fn });
        return id;
      },
      // Strict, like a port should be treated: only a timer that is still armed may be cleared.
      clearTimer: (id) => {
        if (!timers.delete(id as number)) throw new Error(`clearTimer(${String(id)}): no such timer armed`);
      },
      announce: (due) => {
        batches.push(due);
        announced.push(...due);
      },
      remember: (keys) => remembered.push([...keys]),
    },
    before,
  );
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > until) break;
      now = next[1].at;
      timers.delete(next[0]);
      next[1].fn();
    }
    now = until;
  };
  return { clock, announced, batches, remembered, advance, timers, jump: (ms: number) => (now += ms) };
}

const d = (at: number, kind: Deadline['kind'] = 'breach', ticketId = 't1'): Deadline => ({
  ticketId,
  ticketNumber: 'T-1',
  title: 'x',
  timer: 'response',
  kind,
  at,
  message: `${kind} at ${at}`,
});

describe('DeadlineClock', () => {
  it('sleeps until the earliest deadline and announces each one once', () => {
    const h = harness(0);
    h.clock.setDeadlines([d(5_000), d(2_000, 'at_risk')]);
    expect([...h.timers.values()].map((t) => t.at)).toEqual([2_000]);
    h.advance(1_999);
    expect(h.announced).toEqual([]);
    h.advance(1);
    expect(h.announced.map((x) => x.kind)).toEqual(['at_risk']);
    h.advance(10_000);
    expect(h.announced.map((x) => x.kind)).toEqual(['at_risk', 'breach']);
    h.clock.setDeadlines([d(5_000), d(2_000, 'at_risk')]);
    expect(h.announced).toHaveLength(2);
  });

  it('announces what became due during sleep when recomputed after resume', () => {
    const h = harness(0);
    h.clock.setDeadlines([d(3 * 3_600_000)]);
    h.jump(4 * 3_600_000); // the machine slept; no timer fired
    expect(h.announced).toEqual([]);
    h.clock.recompute();
    expect(h.announced).toHaveLength(1);
  });

  it('never sleeps longer than an hour in one go', () => {
    const h = harness(0);
    h.clock.setDeadlines([d(10 * 24 * 3_600_000)]);
    expect([...h.timers.values()][0]?.at).toBe(MAX_SLEEP_MS);
  });

  it('announces a deadline already past when it is reported', () => {
    const h = harness(10_000);
    h.clock.setDeadlines([d(5_000), d(20_000, 'breach', 't2')]);
    expect(h.announced.map((x) => x.ticketId)).toEqual(['t1']);
  });

  it('announces deadlines that fell due together in the order they fell due, whatever the order reported', () => {
    const h = harness(10_000);
    h.clock.setDeadlines([d(9_000, 'breach'), d(7_000, 'at_risk'), d(5_000, 'update_due')]);
    expect(h.announced.map((x) => x.at)).toEqual([5_000, 7_000, 9_000]);
  });

  it('sleeps until the earliest deadline even when it is reported first', () => {
    const h = harness(0);
    h.clock.setDeadlines([d(2_000, 'at_risk'), d(5_000), d(3_000, 'update_due', 't2')]);
    expect([...h.timers.values()].map((t) => t.at)).toEqual([2_000]);
  });

  it('sleeps for the time left until the deadline, counted from now', () => {
    const h = harness(at('2026-03-02T09:00:00+01:00')); // Mon
    h.clock.setDeadlines([d(at('2026-03-02T09:15:00+01:00'))]);
    expect([...h.timers.values()].map((t) => t.at - at('2026-03-02T09:00:00+01:00'))).toEqual([15 * MINUTE]);
  });

  it('arms no timer when nothing is left to wait for', () => {
    const h = harness(10_000);
    h.clock.setDeadlines([]);
    expect(h.timers.size).toBe(0);
    h.clock.setDeadlines([d(5_000)]); // already past: announced at once, nothing to wait for
    expect(h.announced).toHaveLength(1);
    expect(h.timers.size).toBe(0);
  });

  it('replaces the armed timer when the deadlines change, so only one timer is ever armed', () => {
    const h = harness(0);
    h.clock.setDeadlines([d(5_000)]);
    h.clock.setDeadlines([d(2_000, 'at_risk')]);
    expect([...h.timers.values()].map((t) => t.at)).toEqual([2_000]);
    h.advance(10_000);
    expect(h.announced.map((x) => x.kind)).toEqual(['at_risk']);
  });

  describe('stop', () => {
    it('disarms the timer, so nothing more is announced', () => {
      const h = harness(0);
      h.clock.setDeadlines([d(5_000)]);
      h.clock.stop();
      expect(h.timers.size).toBe(0);
      h.advance(10_000);
      expect(h.announced).toEqual([]);
    });

    it('does nothing when no timer is armed, or when stopped twice', () => {
      const h = harness(0);
      h.clock.stop();
      h.clock.setDeadlines([d(5_000)]);
      h.clock.stop();
      h.clock.stop();
      expect(h.timers.size).toBe(0);
    });
  });

  describe('across restarts and in groups', () => {
    it('announces deadlines that fell due together as one group, earliest first', () => {
      const h = harness(10_000);
      h.clock.setDeadlines([d(9_000, 'breach'), d(12_000, 'at_risk'), d(5_000, 'update_due', 't2')]);
      expect(h.batches.map((b) => b.map((x) => x.at))).toEqual([[5_000, 9_000]]);
      h.advance(5_000);
      expect(h.batches.map((b) => b.map((x) => x.at))).toEqual([[5_000, 9_000], [12_000]]);
    });

    it('remembers what it announced, and never announces it again after a restart', () => {
      const first = harness(10_000);
      const owed = d(5_000, 'callback_due');
      first.clock.setDeadlines([owed]);
      expect(first.announced).toEqual([owed]);
      const kept = first.remembered.at(-1) ?? [];
      expect(kept).toEqual(['t1|response|callback_due|5000']);
      const restarted = harness(20_000, kept);
      restarted.clock.setDeadlines([owed, d(25_000)]);
      expect(restarted.announced).toEqual([]);
      restarted.advance(5_000);
      expect(restarted.announced.map((x) => x.at)).toEqual([25_000]);
    });

    it('forgets an announcement once its deadline is gone, and says so to what keeps them', () => {
      const h = harness(10_000, ['t9|response|breach|1000']);
      h.clock.setDeadlines([d(20_000)]);
      expect(h.remembered).toEqual([[]]);
    });
  });

  it('announces what fell due under the old list when a new one arrives first after a jump in time', () => {
    const h = harness(0);
    h.clock.setDeadlines([d(5_000, 'at_risk'), d(5_000, 'at_risk', 't2'), d(90_000)]);
    h.jump(10_000); // the machine slept; the renderer's fresh list comes before the clock's timer
    h.clock.setDeadlines([d(90_000)]);
    expect(h.batches.map((b) => b.map((x) => x.ticketId))).toEqual([['t1', 't2']]);
  });
});
