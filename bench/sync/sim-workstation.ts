import type { WireDeskEvent } from '../../src-shared/desk-log/wire-event';
import { deskDigest } from '../../src-shared/sync/desk-digest';
import type { DigestResponse, WakeUp } from '../../src-shared/sync/sync-protocol';
import { eventMaker, type EventMaker } from '../../src-server/test-support/desk-events';
import type { WakeListener, Workstation } from '../../src-server/test-support/sync-client';

/**
 * One simulated workstation of the benchmark: it pushes what its maker writes, and keeps a copy of
 * the desk (event id → clock stamp, as its IndexedDB would) by pulling after its cursor whenever a
 * wake-up says the desk moved past it, or, for a poller, every `pollMs`. Pulls never overlap: a
 * wake-up during a pull makes one more pull after it.
 */
export class SimWorkstation {
  readonly maker: EventMaker;
  /** What it holds: id → hlc. */
  readonly held = new Map<string, string>();
  /** When each event first became visible here (only while `isTiming`). */
  readonly seenAt = new Map<string, number>();
  /** Every event pulled, counting repeats (so a doubled delivery shows). */
  receipts = 0;
  wakes = 0;
  pulls = 0;
  cursor = 0;
  isPaused = false;
  isTiming = false;
  private isPulling = false;
  private isAgain = false;
  private listener: WakeListener | null = null;
  private poller: ReturnType<typeof setInterval> | null = null;
  private idle: (() => void)[] = [];

  constructor(readonly ws: Workstation) {
    this.maker = eventMaker(ws.deskId, ws.workstation);
  }

  /** Opens its wake-up stream (server-sent events); resolves when connected. */
  listen(): Promise<void> {
    this.listener = this.ws.listen((w) => this.onWake(w));
    return this.listener.connected();
  }

  /** Pulls every `ms` instead of listening. */
  poll(ms: number): void {
    this.poller = setInterval(() => {
      if (!this.isPaused) void this.pullNow();
    }, ms);
  }

  close(): void {
    this.listener?.close();
    if (this.poller) clearInterval(this.poller);
  }

  private onWake(w: WakeUp): void {
    this.wakes += 1;
    if (!this.isPaused && w.head > this.cursor) void this.pullNow();
  }

  /** Pulls to the head (coalescing with a pull under way); resolves when it holds the head. */
  async pullNow(): Promise<void> {
    if (this.isPulling) {
      this.isAgain = true;
      return new Promise((resolve) => this.idle.push(resolve));
    }
    this.isPulling = true;
    try {
      do {
        this.isAgain = false;
        await this.pullToHead();
      } while (this.isAgain);
    } finally {
      this.isPulling = false;
      for (const resolve of this.idle.splice(0)) resolve();
    }
  }

  private async pullToHead(): Promise<void> {
    for (;;) {
      const page = await this.ws.pull(this.cursor, 5000);
      this.pulls += 1;
      const at = performance.now();
      for (const e of page.events) this.take(e, at);
      this.cursor = page.cursor;
      if (page.cursor >= page.head || page.events.length === 0) return;
    }
  }

  private take(e: WireDeskEvent, at: number): void {
    const id = e['id'] as string;
    this.receipts += 1;
    if (!this.held.has(id)) this.held.set(id, e['hlc'] as string);
    if (this.isTiming && !this.seenAt.has(id)) this.seenAt.set(id, at);
  }

  digest(): DigestResponse {
    return deskDigest([...this.held].map(([id, hlc]) => ({ id, hlc })));
  }
}
