import { z } from 'zod';
import { InputError, issuesFromZod, matching, type InputIssue } from '../validation/issues';
import type { DeskEvent } from './desk-event';
import { kindDef } from './event-kinds';

const HLC_TEXT = /^\d{13}-[0-9a-f]{4}$/;
const id = z.string().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

/** Whether `value` is an object with named values (not null, not a list): what an event and its payload are. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The envelope of a log event (store form). The payload is checked by its kind's schema. */
export const deskEventEnvelope = z
  .object({
    id,
    deskId: id,
    workstation: id,
    by: z.string().max(200, 'must be at most 200 characters'),
    hlc: matching(HLC_TEXT, 'must be a clock stamp such as 1772442000000-0000', 'not_a_clock_stamp'),
    kind: matching(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/, 'must be an event kind such as customer.added', 'not_an_event_kind'),
    v: z.number().int().min(1),
    stream: id,
    // An object; what it holds is checked by its kind's schema (a record schema would check each key).
    payload: z.custom<Record<string, unknown>>(isRecord, {
      message: 'must be an object with named values',
      params: { code: 'wrong_type.record' },
    }),
  })
  .strict();

/**
 * The events checkDeskEvents returned. Readonly by type, so still as checked: passed in again
 * (a desk file's events, checked when the file was read, then appended), they are not parsed twice.
 */
const alreadyChecked = new WeakSet<object>();

/**
 * Checks log events before they are written: the envelope always, the payload when this Klok
 * knows the kind and version (an unknown kind from a newer Klok is kept and skipped by the
 * projections, never dropped). Throws an InputError naming `field[i].…` for each bad event.
 */
export function checkDeskEvents(events: readonly unknown[], field = 'events'): DeskEvent[] {
  const issues: InputIssue[] = [];
  const out: DeskEvent[] = [];
  const keep = (e: DeskEvent) => {
    alreadyChecked.add(e);
    out.push(e);
  };
  events.forEach((raw, i) => {
    if (typeof raw === 'object' && raw !== null && alreadyChecked.has(raw)) {
      out.push(raw as DeskEvent);
      return;
    }
    const envelope = deskEventEnvelope.safeParse(raw);
    if (!envelope.success) {
      issues.push(...issuesFromZod(`${field}[${i}]`, envelope.error));
      return;
    }
    const e = envelope.data;
    const def = kindDef(e.kind);
    if (def && e.v <= def.v) {
      const payload = def.payload.safeParse(e.payload);
      if (!payload.success) {
        issues.push(...issuesFromZod(`${field}[${i}].payload`, payload.error));
        return;
      }
      keep({ ...e, payload: payload.data as Record<string, unknown> });
    } else {
      keep(e);
    }
  });
  if (issues.length > 0) throw new InputError(issues.slice(0, 20));
  return out;
}
