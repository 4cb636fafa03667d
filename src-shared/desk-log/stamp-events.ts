import type { DeskEvent } from './desk-event';
import { kindDef } from './event-kinds';
import { formatHlc, tick, type Hlc } from './hlc';

/** An event as a command decides it, before the workstation stamps it into the log. */
export interface EventDraft {
  readonly kind: string;
  readonly stream: string;
  readonly payload: Readonly<Record<string, unknown>>;
  /** Set when the decider already made the id (a ticket command links events by id). */
  readonly id?: string;
}

/** Who writes: the desk, the workstation and the agent, and how to make ids. */
export interface Writer {
  readonly deskId: string;
  readonly workstation: string;
  readonly by: string;
  readonly newId: () => string;
}

/**
 * Stamps drafts into log events, each with the next clock stamp after `clock` at wall time `now`.
 * Returns the events and the clock after the last of them (to be kept by the workstation).
 */
export function stampEvents(drafts: readonly EventDraft[], writer: Writer, clock: Hlc, now: number): { events: DeskEvent[]; clock: Hlc } {
  let last = clock;
  const events = drafts.map((d): DeskEvent => {
    last = tick(last, now);
    return {
      id: d.id ?? writer.newId(),
      deskId: writer.deskId,
      workstation: writer.workstation,
      by: writer.by,
      hlc: formatHlc(last),
      kind: d.kind,
      v: kindDef(d.kind)?.v ?? 1,
      stream: d.stream,
      payload: d.payload,
    };
  });
  return { events, clock: last };
}
