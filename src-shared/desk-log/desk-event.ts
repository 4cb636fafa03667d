/**
 * One entry of the desk log: every change to desk data is one of these. The envelope says who
 * wrote it, where and in which order it applies; the payload says what happened. Business
 * instants (`at`, `reportedAt`) live in the payload; the hybrid logical clock only orders.
 *
 * In the store, payload instants are epoch milliseconds; in files and on the wire, ISO-8601.
 */
export interface DeskEvent<P extends object = Readonly<Record<string, unknown>>> {
  /** A UUID made by the workstation that wrote the event. */
  readonly id: string;
  readonly deskId: string;
  /** The stable id of the workstation that wrote it. */
  readonly workstation: string;
  /** The agent who caused it. */
  readonly by: string;
  /** Hybrid logical clock stamp (`formatHlc`): the fold order, with workstation and id. */
  readonly hlc: string;
  /** `<domain>.<fact>`; ticket events keep their first names (`created`, see event-kinds). */
  readonly kind: string;
  /** The version of the kind's payload schema. */
  readonly v: number;
  /** The id of the entity the event is about (a ticket, a customer, the desk, a workstation). */
  readonly stream: string;
  readonly payload: P;
}

/**
 * The text that sorts events in their apply order: (hlc, workstation, id), as on every machine.
 * The separator sorts below every character, so a workstation id that is a prefix of another
 * (`ws-1`, `ws-10`) sorts first, exactly as compareDeskEvents says.
 */
export function orderKey(e: Pick<DeskEvent, 'hlc' | 'workstation' | 'id'>): string {
  return `${e.hlc}\u0000${e.workstation}\u0000${e.id}`;
}

export function compareDeskEvents(a: Pick<DeskEvent, 'hlc' | 'workstation' | 'id'>, b: Pick<DeskEvent, 'hlc' | 'workstation' | 'id'>): number {
  return a.hlc < b.hlc
    ? -1
    : a.hlc > b.hlc
      ? 1
      : a.workstation < b.workstation
        ? -1
        : a.workstation > b.workstation
          ? 1
          : a.id < b.id
            ? -1
            : a.id > b.id
              ? 1
              : 0;
}
