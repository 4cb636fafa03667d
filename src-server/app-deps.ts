import type { Context } from 'hono';
import type { Db } from './db/db';
import type { WakeHub } from './wake/wake-hub';

/** Everything the routes need, injected so tests swap any of it (PGlite in memory, a fixed clock…). */
export interface AppDeps {
  readonly db: Db;
  /** Epoch milliseconds. */
  readonly now: () => number;
  readonly adminToken: string;
  readonly wake: WakeHub;
  /** Who is calling, for the enrolment rate limit. */
  readonly clientAddress: (c: Context) => string;
  /** Enrolment attempts allowed per client address and window. */
  readonly enrolLimit: { readonly max: number; readonly windowMs: number };
  /** How often a wake-up stream sends a heartbeat comment. */
  readonly heartbeatMs: number;
  /** Unexpected errors (the answer is then 500). */
  readonly log: (error: unknown) => void;
}

/** What a workstation's token proved. */
export interface WorkstationIdentity {
  readonly deskId: string;
  readonly workstation: string;
}

export type AppEnv = { Variables: { identity: WorkstationIdentity } };
