import type { ContractPlans } from '../../../src-shared/desk/contract-plans';
import { MAX_RETRY_MS, retryDelay } from '../../../src-shared/sync/retry-delay';
import { DEFAULT_PULL_LIMIT } from '../../../src-shared/sync/sync-protocol';
import { syncStatusOf, type SyncFacts, type SyncStatus } from '../../../src-shared/sync/sync-status';
import type { KlokDB } from '../../db/klok-db';
import type { AppendResult } from '../../store/append-events';
import { acknowledgePushed, applyPulledPage, outboxBatch, outboxCount, readSyncCursor, readSyncLink } from '../../store/sync-store';
import { SyncRequestError, type SyncClient } from './sync-client';

/** Events per push: well under the protocol's limit, so one push stays quick on a slow line. */
export const PUSH_BATCH = 500;
/** Even with a live wake-up stream, a round every five minutes (a stream can die silently). */
const POLL_MS = 5 * 60_000;

export interface SyncEngineDeps {
  readonly db: KlokDB;
  readonly plans: ContractPlans;
  readonly client: SyncClient;
  readonly now: () => number;
  readonly random: () => number;
  /** Runs `fn` after `ms`; returns a cancel. (Tests drive time themselves.) */
  readonly setTimer: (fn: () => void, ms: number) => () => void;
  /** Pulled events were applied: the screens show them. */
  readonly onApplied: (result: AppendResult) => void;
  readonly onStatus: (status: SyncStatus) => void;
}

/**
 * Team sync in the background, for one workstation: pushes what waits in the outbox (with retry
 * and backoff), pulls after its cursor at start, on every wake-up and after every push, and keeps
 * a wake-up stream open. Pulled events go through appendEvents like local ones, so every
 * workstation folds the same events into the same clocks. One round runs at a time; a nudge
 * during a round runs another after it.
 */
export class SyncEngine {
  private readonly deps: SyncEngineDeps;
  private facts: SyncFacts = { isLinked: false, waiting: 0, offlineSince: null, refusal: null, pull: null, syncedAt: null };
  private isStarted = false;
  private running: Promise<void> | null = null;
  private isWanted = false;
  private attempt = 0;
  private cancelTimer: (() => void) | null = null;
  private wakeAbort: AbortController | null = null;
  private lastStatus = '';

  constructor(deps: SyncEngineDeps) {
    this.deps = deps;
  }

  /** Starts syncing if the desk is shared (call again after joining or leaving). */
  start(): void {
    this.stop();
    this.isStarted = true;
    this.nudge();
    this.wakeAbort = new AbortController();
    void this.listen(this.wakeAbort.signal);
  }

  stop(): void {
    this.isStarted = false;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.wakeAbort?.abort();
    this.wakeAbort = null;
  }

  /** Asks for a round soon: after a local write, a wake-up, or a retry's time. */
  nudge(): void {
    if (!this.isStarted) return;
    this.isWanted = true;
    void this.run();
  }

  /** Runs one round now and resolves when it (and any round asked for meanwhile) has ended. */
  async syncNow(): Promise<void> {
    this.isWanted = true;
    await this.run();
  }

  /** Runs rounds while one is wanted; a call during a run joins it (it ends after the round asked for). */
  private run(): Promise<void> {
    this.running ??= (async () => {
      try {
        while (this.isWanted) {
          this.isWanted = false;
          await this.round();
        }
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async round(): Promise<void> {
    const { db, client } = this.deps;
    const link = await readSyncLink(db);
    if (!link) {
      this.update({ isLinked: false, waiting: 0, offlineSince: null, refusal: null, pull: null });
      return;
    }
    this.update({ isLinked: true, waiting: await outboxCount(db) });
    try {
      for (;;) {
        const batch = await outboxBatch(db, PUSH_BATCH);
        if (batch.length === 0) break;
        const answer = await client.push(link, batch);
        await acknowledgePushed(db, [...answer.stored, ...answer.known]);
        this.update({ waiting: await outboxCount(db), offlineSince: null });
      }
      const from = await readSyncCursor(db);
      let cursor = from;
      for (;;) {
        const page = await client.pull(link, cursor, DEFAULT_PULL_LIMIT);
        if (page.events.length > 0) {
          const result = await applyPulledPage(db, this.deps.plans, page, this.deps.now());
          if (!result) return; // the desk was left meanwhile
          if (result.appended.length > 0) this.deps.onApplied(result);
        }
        this.update({ pull: { from, cursor: page.cursor, head: page.head }, offlineSince: null });
        if (page.events.length === 0 || page.cursor >= page.head) break;
        cursor = page.cursor;
      }
      this.attempt = 0;
      this.update({ pull: null, refusal: null, offlineSince: null, syncedAt: this.deps.now(), waiting: await outboxCount(db) });
      this.schedule(POLL_MS);
    } catch (error) {
      this.failed(error);
    }
  }

  private failed(error: unknown): void {
    this.attempt += 1;
    const e = error instanceof SyncRequestError ? error : new SyncRequestError('bad_answer', 0, error instanceof Error ? error.message : String(error));
    if (e.isRetryable) {
      this.update({ offlineSince: this.facts.offlineSince ?? this.deps.now(), refusal: null, pull: null });
      this.schedule(retryDelay(this.attempt, this.deps.random()));
    } else {
      // A refusal needs a person (a revoked workstation, events the server will not take): ask again rarely.
      this.update({ refusal: { code: e.code, reason: e.message }, pull: null });
      this.schedule(MAX_RETRY_MS);
    }
  }

  private schedule(ms: number): void {
    this.cancelTimer?.();
    this.cancelTimer = this.isStarted ? this.deps.setTimer(() => this.nudge(), ms) : null;
  }

  /** Keeps a wake-up stream open while started; every wake-up (and every reconnect) asks for a round. */
  private async listen(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      const link = await readSyncLink(this.deps.db);
      if (!link) return;
      try {
        await this.deps.client.wake(link, signal, () => {
          failures = 0;
          this.nudge();
        });
      } catch {
        failures += 1;
      }
      if (signal.aborted) return;
      await new Promise<void>((resolve) => this.deps.setTimer(resolve, retryDelay(failures, this.deps.random())));
    }
  }

  private update(change: Partial<SyncFacts>): void {
    this.facts = { ...this.facts, ...change };
    const status = syncStatusOf(this.facts);
    const text = JSON.stringify(status);
    if (text === this.lastStatus) return;
    this.lastStatus = text;
    this.deps.onStatus(status);
  }

  /** The status now (for a screen that opens later). */
  get status(): SyncStatus {
    return syncStatusOf(this.facts);
  }
}
