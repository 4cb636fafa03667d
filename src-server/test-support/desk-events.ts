import { randomUUID } from 'node:crypto';
import { HLC_ZERO, type Hlc } from '../../src-shared/desk-log/hlc';
import { stampEvents, type EventDraft } from '../../src-shared/desk-log/stamp-events';
import { toWireDeskEvent, type WireDeskEvent } from '../../src-shared/desk-log/wire-event';

/**
 * Valid desk-log events as a workstation makes them: real kinds (`customer.added`,
 * `agent.added`), stamped by the workstation's own hybrid logical clock, in wire form. Each
 * workstation keeps its clock, so many of them together give interleaved, realistic stamps.
 */
export interface EventMaker {
  readonly workstation: string;
  /** `count` new events written at wall time `now` (epoch ms; default: the machine's clock). */
  next(count: number, now?: number): WireDeskEvent[];
}

export function eventMaker(deskId: string, workstation: string, start: Hlc = HLC_ZERO): EventMaker {
  let clock = start;
  let n = 0;
  const writer = { deskId, workstation, by: `agent-${workstation}`, newId: () => randomUUID() };
  return {
    workstation,
    next(count, now = Date.now()) {
      const drafts: EventDraft[] = Array.from({ length: count }, () => {
        n += 1;
        const isAgent = n % 5 === 0;
        const stream = `${isAgent ? 'ag' : 'cus'}-${workstation}-${n}`;
        return {
          kind: isAgent ? 'agent.added' : 'customer.added',
          stream,
          payload: { at: now, name: `${isAgent ? 'Agent' : 'Customer'} ${n} of ${workstation}` },
        };
      });
      const stamped = stampEvents(drafts, writer, clock, now);
      clock = stamped.clock;
      return stamped.events.map(toWireDeskEvent);
    },
  };
}

/** The id of a wire event. */
export function eventId(e: WireDeskEvent): string {
  return e['id'] as string;
}
