import type { Hono } from 'hono';
import type { AppEnv } from './app-deps';
import { createApp } from './app';
import type { Db } from './db/db';
import { migrate } from './db/migrate';
import { openPgliteDb } from './db/pglite-db';
import { createWakeHub, type WakeHub } from './wake/wake-hub';

/** 2026-03-02T09:00:00Z */
export const T0 = 1_772_442_000_000;
export const ADMIN = 'admin-token-for-tests-0123456789';

/** One server over an in-memory PGlite (one per test file: it takes seconds and ~0.8 GB). */
export interface TestServer {
  readonly app: Hono<AppEnv>;
  readonly db: Db;
  readonly wake: WakeHub;
  /** The server's clock; tests move it. */
  readonly clock: { now: number };
  close(): Promise<void>;
}

export async function testServer(): Promise<TestServer> {
  const db = await openPgliteDb();
  await migrate(db);
  const clock = { now: T0 };
  const wake = createWakeHub(db);
  const app = createApp({
    db,
    adminToken: ADMIN,
    wake,
    now: () => clock.now,
    // Each request its own address unless a test names one (the enrolment limit is per address).
    clientAddress: (c) => c.req.header('X-Test-Client') ?? crypto.randomUUID(),
    enrolLimit: { max: 5, windowMs: 10 * 60_000 },
  });
  return {
    app,
    db,
    wake,
    clock,
    close: async () => {
      await wake.close();
      await db.close();
    },
  };
}

export function json(method: string, body: unknown, token?: string): RequestInit {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers['Authorization'] = `Bearer ${token}`;
  return { method, headers, body: JSON.stringify(body) };
}

export const bearer = (token: string): RequestInit => ({ headers: { Authorization: `Bearer ${token}` } });

/** A valid `customer.added` event in wire form. */
export function wireEvent(id: string, n = 1, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    deskId: 'local-desk',
    workstation: 'ws-a',
    by: 'Ann',
    hlc: `${T0 + n}-0000`,
    kind: 'customer.added',
    v: 1,
    stream: `cus-${id}`,
    payload: { at: '2026-03-02T09:00:00Z', name: `Customer ${id}` },
    ...overrides,
  };
}

/** Creates a desk and enrols one workstation on it; answers its token. */
export async function deskWithWorkstation(app: Hono<AppEnv>, deskId: string, workstation = 'ws-a'): Promise<string> {
  await app.request('/v1/desks', json('POST', { name: `Desk ${deskId}`, deskId }, ADMIN));
  return enrol(app, deskId, workstation);
}

export async function enrol(app: Hono<AppEnv>, deskId: string, workstation: string): Promise<string> {
  const code = (await (await app.request(`/v1/desks/${deskId}/enrolment-codes`, json('POST', {}, ADMIN))).json()) as { code: string };
  const res = await app.request('/v1/enrol', json('POST', { code: code.code, workstation, name: `Machine ${workstation}` }));
  if (res.status !== 201) throw new Error(`enrolment failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}
