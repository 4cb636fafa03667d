import { holidayCountriesOfEvents, loadHolidayCountries } from '../policies/policy-holidays';
import { createParser } from 'eventsource-parser';
import type { z } from 'zod';
import type { DeskEvent } from '../../../src-shared/desk-log/desk-event';
import { fromWireDeskEvents, toWireDeskEvent } from '../../../src-shared/desk-log/wire-event';
import {
  digestResponse,
  enrolResponse,
  errorResponse,
  pullResponse,
  pushResponse,
  syncPaths,
  WAKE_EVENT,
  wakeUp,
  type DigestResponse,
  type EnrolRequest,
  type EnrolResponse,
  type PushResponse,
  type WakeUp,
} from '../../../src-shared/sync/sync-protocol';
import type { SyncLink } from '../../../src-shared/sync/sync-link';
import { InputError } from '../../../src-shared/validation/issues';

/** How the client reaches the server: `fetch`, or a test's stand-in (Hono's `app.request`). */
export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * A sync call that failed. `code` is the server's error code, `network` when the server could not
 * be reached (or answered with something that is not Klok's protocol), `bad_answer` when its answer
 * did not match the protocol. `isRetryable` says whether trying again later can help.
 */
export class SyncRequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly isRetryable: boolean;
  constructor(code: string, status: number, message: string) {
    super(message);
    this.name = 'SyncRequestError';
    this.code = code;
    this.status = status;
    // Out of reach, overloaded, rate-limited or a server error: later may work. Refusals (a
    // revoked or foreign token, events the server will not take) need a person.
    this.isRetryable = code === 'network' || code === 'unavailable' || code === 'rate_limited' || status >= 500;
  }
}

/** The server's address as the calls use it: trimmed, without a trailing slash. */
export function normaliseServerUrl(text: string): string {
  const trimmed = text.trim().replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new InputError([{ field: 'serverUrl', reason: 'must be an address such as https://klok.example.org', code: 'sync.not_a_url' }]);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError([{ field: 'serverUrl', reason: 'must start with https:// or http://', code: 'sync.not_http' }]);
  return trimmed;
}

async function call<S extends z.ZodType>(fetchFn: Fetch, url: string, init: RequestInit, schema: S): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetchFn(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new SyncRequestError('network', 0, error instanceof Error ? error.message : String(error));
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const refusal = errorResponse.safeParse(body);
    if (refusal.success) throw new SyncRequestError(refusal.data.error, response.status, refusal.data.message);
    throw new SyncRequestError(response.status >= 500 ? 'unavailable' : 'network', response.status, `HTTP ${response.status}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new SyncRequestError('bad_answer', response.status, 'the server’s answer is not Klok’s sync protocol');
  return parsed.data;
}

const json = (body: unknown, token?: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});
const bearer = (token: string): RequestInit => ({ headers: { authorization: `Bearer ${token}` } });

function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** One page of a pull, with the events already checked and in store form. */
export interface PulledPage {
  readonly events: readonly DeskEvent[];
  readonly cursor: number;
  readonly head: number;
}

/** The protocol's calls (src-shared/sync/sync-protocol.ts) over `fetchFn`. */
export function syncClient(fetchFn: Fetch) {
  return {
    enrol: (serverUrl: string, request: EnrolRequest): Promise<EnrolResponse> =>
      call(fetchFn, normaliseServerUrl(serverUrl) + syncPaths.enrol, json(request), enrolResponse),

    push: (link: SyncLink, events: readonly DeskEvent[]): Promise<PushResponse> =>
      call(fetchFn, link.serverUrl + syncPaths.events(link.deskId), json({ events: events.map(toWireDeskEvent) }, link.token), pushResponse),

    pull: async (link: SyncLink, after: number, limit: number): Promise<PulledPage> => {
      const page = await call(fetchFn, `${link.serverUrl}${syncPaths.events(link.deskId)}?after=${after}&limit=${limit}`, bearer(link.token), pullResponse);
      // Policy versions' calendars are checked as the events are read: their holidays first.
      await loadHolidayCountries(holidayCountriesOfEvents(page.events));
      try {
        return { events: fromWireDeskEvents(page.events, 'events'), cursor: page.cursor, head: page.head };
      } catch (error) {
        if (error instanceof InputError) throw new SyncRequestError('bad_answer', 200, `the server sent an event this Klok cannot read: ${error.message}`);
        throw error;
      }
    },

    digest: (link: SyncLink): Promise<DigestResponse> => call(fetchFn, link.serverUrl + syncPaths.digest(link.deskId), bearer(link.token), digestResponse),

    /**
     * Listens for wake-ups until the stream ends or `signal` aborts; calls `onWake` for each. Resolves
     * when the server ends the stream; rejects with a SyncRequestError when it cannot be opened.
     */
    wake: async (link: SyncLink, signal: AbortSignal, onWake: (wake: WakeUp) => void): Promise<void> => {
      let response: Response;
      try {
        response = await fetchFn(link.serverUrl + syncPaths.wake(link.deskId), { ...bearer(link.token), signal });
      } catch (error) {
        if (signal.aborted) return;
        throw new SyncRequestError('network', 0, error instanceof Error ? error.message : String(error));
      }
      if (!response.ok || !response.body) {
        const refusal = errorResponse.safeParse(await response.json().catch(() => null));
        throw refusal.success
          ? new SyncRequestError(refusal.data.error, response.status, refusal.data.message)
          : new SyncRequestError('network', response.status, `HTTP ${response.status}`);
      }
      const parser = createParser({
        onEvent: (message) => {
          if (message.event !== WAKE_EVENT) return;
          const parsed = wakeUp.safeParse(jsonOrNull(message.data));
          if (parsed.success) onWake(parsed.data);
        },
      });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          parser.feed(value);
        }
      } catch (error) {
        if (signal.aborted) return;
        throw new SyncRequestError('network', 0, error instanceof Error ? error.message : String(error));
      } finally {
        reader.releaseLock();
      }
    },
  };
}

export type SyncClient = ReturnType<typeof syncClient>;
