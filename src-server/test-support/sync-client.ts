import { request } from 'node:http';
import { createParser } from 'eventsource-parser';
import type { WireDeskEvent } from '../../src-shared/desk-log/wire-event';
import {
  createDeskResponse,
  digestResponse,
  enrolmentCodeResponse,
  enrolResponse,
  pullResponse,
  pushResponse,
  syncPaths,
  wakeUp,
  WAKE_EVENT,
  type DigestResponse,
  type PullResponse,
  type PushResponse,
  type WakeUp,
} from '../../src-shared/sync/sync-protocol';

/**
 * A small client of the sync protocol (src-shared/sync/sync-protocol.ts) for the integration tests
 * and the benchmark: plain `fetch`, every answer checked against the protocol's schemas.
 */
export interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/** A failed call: the HTTP status (0 for a network error) and what the server said. */
export class SyncCallError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    message: string,
  ) {
    super(message);
  }
}

export async function call(baseUrl: string, method: string, path: string, token: string | null, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed };
}

async function ok(baseUrl: string, method: string, path: string, token: string | null, body?: unknown): Promise<unknown> {
  const answer = await call(baseUrl, method, path, token, body);
  if (answer.status < 200 || answer.status > 299) {
    throw new SyncCallError(answer.status, answer.body, `${method} ${path} → ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/**
 * A JSON POST from a given loopback address (127.x.y.z all reach a server on 127.0.0.1): the
 * server limits enrolment per client address, and each simulated workstation is its own machine.
 */
export function postFrom(baseUrl: string, path: string, body: unknown, localAddress: string): Promise<Answer> {
  const url = new URL(path, baseUrl);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

let machines = 0;
/** The next simulated machine's loopback address: 127.1.0.1, 127.1.0.2, … */
export function nextMachineAddress(): string {
  machines += 1;
  return `127.1.${Math.floor(machines / 250) % 250}.${(machines % 250) + 1}`;
}

export interface Admin {
  createDesk(name: string): Promise<string>;
  enrolmentCode(deskId: string): Promise<string>;
  revoke(deskId: string, workstation: string): Promise<Answer>;
  /** Enrols a workstation on the desk with a fresh code, from its own loopback address. */
  enrol(deskId: string, workstation: string, fromAddress?: string): Promise<Workstation>;
}

export function admin(baseUrl: string, adminToken: string): Admin {
  const self: Admin = {
    createDesk: async (name) => createDeskResponse.parse(await ok(baseUrl, 'POST', syncPaths.desks, adminToken, { name })).deskId,
    enrolmentCode: async (deskId) => enrolmentCodeResponse.parse(await ok(baseUrl, 'POST', syncPaths.enrolmentCodes(deskId), adminToken, {})).code,
    revoke: (deskId, workstation) => call(baseUrl, 'DELETE', syncPaths.workstation(deskId, workstation), adminToken),
    enrol: async (deskId, workstation, fromAddress = nextMachineAddress()) => {
      const code = await self.enrolmentCode(deskId);
      const answer = await postFrom(baseUrl, syncPaths.enrol, { code, workstation, name: `Workstation ${workstation}` }, fromAddress);
      if (answer.status !== 201 && answer.status !== 200) {
        throw new SyncCallError(answer.status, answer.body, `POST ${syncPaths.enrol} → ${answer.status} ${JSON.stringify(answer.body)}`);
      }
      const enrolled = enrolResponse.parse(answer.body);
      return workstationClient(baseUrl, enrolled.deskId, workstation, enrolled.token);
    },
  };
  return self;
}

export interface Workstation {
  readonly deskId: string;
  readonly workstation: string;
  readonly token: string;
  push(events: readonly WireDeskEvent[], deskId?: string): Promise<PushResponse>;
  pull(after: number, limit?: number, deskId?: string): Promise<PullResponse>;
  digest(deskId?: string): Promise<DigestResponse>;
  /** A raw call with this workstation's token (for status checks). */
  raw(method: string, path: string, body?: unknown): Promise<Answer>;
  /** Listens for wake-ups; reconnects when the stream ends or fails. */
  listen(onWake: (w: WakeUp) => void, deskId?: string): WakeListener;
}

export function workstationClient(baseUrl: string, deskId: string, workstation: string, token: string): Workstation {
  return {
    deskId,
    workstation,
    token,
    push: async (events, desk = deskId) => pushResponse.parse(await ok(baseUrl, 'POST', syncPaths.events(desk), token, { events })),
    pull: async (after, limit, desk = deskId) => {
      const query = limit === undefined ? `?after=${after}` : `?after=${after}&limit=${limit}`;
      return pullResponse.parse(await ok(baseUrl, 'GET', `${syncPaths.events(desk)}${query}`, token));
    },
    digest: async (desk = deskId) => digestResponse.parse(await ok(baseUrl, 'GET', syncPaths.digest(desk), token)),
    raw: (method, path, body) => call(baseUrl, method, path, token, body),
    listen: (onWake, desk = deskId) => wakeListener(`${baseUrl}${syncPaths.wake(desk)}`, token, onWake),
  };
}

/** Is this failure one a client retries (the server or its database is away)? */
export function isRetryable(error: unknown): boolean {
  if (error instanceof SyncCallError) return error.status === 503 || error.status === 502 || error.status === 504;
  return error instanceof TypeError; // fetch: connection refused or reset
}

/** Pushes until the server answers (network errors and 503 are retried), as a workstation does. */
export async function pushWithRetry(
  ws: Workstation,
  events: readonly WireDeskEvent[],
  onRetry?: (error: unknown) => void,
  deadlineMs = 60_000,
): Promise<PushResponse> {
  const until = Date.now() + deadlineMs;
  for (let delay = 20; ; delay = Math.min(delay * 2, 500)) {
    try {
      return await ws.push(events);
    } catch (error) {
      if (!isRetryable(error) || Date.now() > until) throw error;
      onRetry?.(error);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/** Pulls pages from `after` until the cursor reaches the head; retries like pushWithRetry. */
export async function pullAll(ws: Workstation, after = 0, limit?: number): Promise<{ events: WireDeskEvent[]; cursor: number; pages: number }> {
  const events: WireDeskEvent[] = [];
  let cursor = after;
  let pages = 0;
  for (;;) {
    const page = await retrying(() => ws.pull(cursor, limit));
    pages += 1;
    events.push(...page.events);
    cursor = page.cursor;
    if (page.cursor >= page.head || page.events.length === 0) return { events, cursor, pages };
  }
}

async function retrying<T>(fn: () => Promise<T>, deadlineMs = 60_000): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (let delay = 20; ; delay = Math.min(delay * 2, 500)) {
    try {
      return await fn();
    } catch (error) {
      if (!isRetryable(error) || Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

export interface WakeListener {
  /** Resolves when the stream has been opened (its response headers came) `n` times in all. */
  connected(n?: number): Promise<void>;
  readonly connections: number;
  /** HTTP status of the last failed connection attempt (0: network error), if any. */
  readonly lastFailure: number | null;
  close(): void;
}

function wakeListener(url: string, token: string, onWake: (w: WakeUp) => void): WakeListener {
  let isClosed = false;
  let connections = 0;
  let lastFailure: number | null = null;
  const waiters: { n: number; resolve: () => void }[] = [];
  let abort = new AbortController();

  const run = async () => {
    while (!isClosed) {
      abort = new AbortController();
      try {
        const res = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: abort.signal });
        if (!res.ok || !res.body) {
          lastFailure = res.status;
          await res.body?.cancel();
        } else {
          connections += 1;
          for (const w of waiters.filter((w) => connections >= w.n)) w.resolve();
          const parser = createParser({
            onEvent: (message) => {
              if (message.event === WAKE_EVENT) onWake(wakeUp.parse(JSON.parse(message.data)));
            },
          });
          const decoder = new TextDecoder();
          for await (const chunk of res.body) parser.feed(decoder.decode(chunk, { stream: true }));
        }
      } catch {
        if (!isClosed) lastFailure = 0;
      }
      if (!isClosed) await new Promise((r) => setTimeout(r, 100));
    }
  };
  void run();

  return {
    connected: (n = 1) =>
      connections >= n
        ? Promise.resolve()
        : new Promise((resolve) => {
            waiters.push({ n, resolve });
          }),
    get connections() {
      return connections;
    },
    get lastFailure() {
      return lastFailure;
    },
    close: () => {
      isClosed = true;
      abort.abort();
    },
  };
}
