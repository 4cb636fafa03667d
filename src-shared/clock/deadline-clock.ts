import { pruneAnnounced, scheduleStep } from './deadline-schedule';
import { deadlineKey, type Deadline } from './deadline';

/** What the clock needs from the outside world, injected so tests control time. */
export interface ClockPorts {
  now(): number;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  announce(deadline: Deadline): void;
}

/**
 * Main's deadline clock: holds the deadlines the renderer reported, sleeps until the earliest,
 * announces each once, and re-arms. `recompute()` (after resume or a system time change)
 * announces whatever became due meanwhile and re-arms from the new time.
 */
export class DeadlineClock {
  private deadlines: readonly Deadline[] = [];
  private announced = new Set<string>();
  private handle: unknown = null;

  constructor(private readonly ports: ClockPorts) {}

  setDeadlines(deadlines: readonly Deadline[]): number {
    this.deadlines = deadlines;
    this.announced = pruneAnnounced(deadlines, this.announced);
    this.recompute();
    return deadlines.length;
  }

  recompute(): void {
    if (this.handle !== null) this.ports.clearTimer(this.handle);
    this.handle = null;
    const step = scheduleStep(this.deadlines, this.announced, this.ports.now());
    for (const d of step.due) {
      this.announced.add(deadlineKey(d));
      this.ports.announce(d);
    }
    if (step.sleepMs !== null) {
      this.handle = this.ports.setTimer(() => {
        this.handle = null;
        this.recompute();
      }, step.sleepMs);
    }
  }

  stop(): void {
    if (this.handle !== null) this.ports.clearTimer(this.handle);
    this.handle = null;
  }
}
