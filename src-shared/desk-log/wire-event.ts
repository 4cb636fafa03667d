import { parseInstant, toIsoUtc } from '../time/instant';
import { InputError, issue, type InputIssue, type IssueParams } from '../validation/issues';
import type { DeskEvent } from './desk-event';
import { checkDeskEvents, isRecord } from './desk-event-schema';
import { INSTANT_FIELDS } from './event-kinds';

/**
 * A log event as it travels (desk files, the sync server): the store's event with its payload
 * instants as ISO-8601 UTC instead of epoch milliseconds.
 */
export type WireDeskEvent = Readonly<Record<string, unknown>>;

export function toWireDeskEvent(e: DeskEvent): WireDeskEvent {
  const payload: Record<string, unknown> = { ...e.payload };
  for (const key of INSTANT_FIELDS) if (typeof payload[key] === 'number') payload[key] = toIsoUtc(payload[key]);
  return { ...e, payload };
}

/** Notes one issue (with its code and parameters). */
export type AddIssue = (field: string, reason: string, code?: string, params?: IssueParams) => unknown;

/** A wire payload with its instants as epoch milliseconds; each instant that does not parse is noted. */
export function payloadFromWire(payload: unknown, field: string, add: AddIssue): unknown {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return payload;
  const out: Record<string, unknown> = { ...payload };
  for (const key of INSTANT_FIELDS) {
    if (out[key] === undefined) continue;
    const parsed = parseInstant(out[key]);
    if (parsed.ok) out[key] = parsed.ms;
    else add(`${field}.${key}`, parsed.reason, parsed.code, parsed.params);
  }
  return out;
}

/**
 * Wire events with their payloads' instants as epoch milliseconds, each instant that does not parse
 * noted under `field[i].payload.…`. Anything that is not an object is left as it is, for the log's
 * check to refuse (checkDeskEvents).
 */
export function payloadsFromWire(raw: readonly unknown[], field: string, add: AddIssue): unknown[] {
  return raw.map((e, i) => (isRecord(e) ? { ...e, payload: payloadFromWire(e['payload'], `${field}[${i}].payload`, add) } : e));
}

const MAX_ISSUES = 20;

/**
 * Wire events back into store events, checked as the log checks them (envelope, and the payload of
 * every kind this Klok knows). Throws an InputError naming `field[i].…` for each bad event.
 */
export function fromWireDeskEvents(raw: readonly unknown[], field = 'events'): DeskEvent[] {
  const issues: InputIssue[] = [];
  const add: AddIssue = (f, reason, code, params) => issues.length < MAX_ISSUES && issues.push(code ? issue(f, reason, code, params) : { field: f, reason });
  const converted = payloadsFromWire(raw, field, add);
  if (issues.length > 0) throw new InputError(issues);
  return checkDeskEvents(converted, field);
}
