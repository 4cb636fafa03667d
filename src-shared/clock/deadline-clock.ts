import { pruneAnnounced, scheduleStep } from './deadline-schedule';
import { deadlineKey, type Deadline } from './deadline';

/** What the clock needs from the outside world, injected so tests control time. */
export interface ClockPorts {
  now(): number;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** The deadlines that fell due at one wake, earliest first: one notification, or one group of them. */
  announce(due: readonly Deadline[]): void;
  /** Keeps what was announced past a restart (main: a file; the web: local storage), so nothing is announced twice. */
  remember?(announced: ReadonlySet<string>): void;
}

/**
 * Main's deadline clock: holds the deadlines the renderer reported, sleeps until the earliest,
 * announces each once — also across restarts, when given what an earlier run announced — and
 * re-arms. Deadlines that fall due together are announced together. `recompute()` (after resume
 * or a system time change) announces whatever became due meanwhile and re-arms from the new time.
 */
export class DeadlineClock {
  private deadlines: readonly Deadline[] = [];
  private announced: Set<string>;
  private handle: unknown = null;

  constructor(
    private readonly ports: ClockPorts,
    announcedBefore: Iterable<string> = [],
  ) {
    this.announced = new Set(announcedBefore);
  }

  setDeadlines(deadlines: readonly Deadline[]): number {
    // What fell due under the old list is announced first: after a jump in time (a wake from
    // sleep) the new list may come before this clock's own timer, and it holds no past deadlines.
    this.announceDue();
    this.deadlines = deadlines;
    const kept = pruneAnnounced(deadlines, this.announced);
    if (kept.size !== this.announced.size) {
      this.announced = kept;
      this.ports.remember?.(this.announced);
    }
    this.recompute();
    return deadlines.length;
  }

  recompute(): void {
    if (this.handle !== null) this.ports.clearTimer(this.handle);
    this.handle = null;
    const sleepMs = this.announceDue();
    if (sleepMs !== null) {
      this.handle = this.ports.setTimer(() => {
        this.handle = null;
        this.recompute();
      }, sleepMs);
    }
  }

  /** Announces the deadlines due now (once each, together); returns how long to sleep until the next. */
  private announceDue(): number | null {
    const step = scheduleStep(this.deadlines, this.announced, this.ports.now());
    if (step.due.length > 0) {
      for (const d of step.due) this.announced.add(deadlineKey(d));
      this.ports.remember?.(this.announced);
      this.ports.announce(step.due);
    }
    return step.sleepMs;
  }

  stop(): void {
    if (this.handle !== null) this.ports.clearTimer(this.handle);
    this.handle = null;
  }
}
