import type { DeskImport } from '../desk/desk-file';
import type { DeskEvent } from './desk-event';
import { formatHlc, type Hlc } from './hlc';

/** Where legacy data (a version 1 store or desk file) is adopted. */
export interface LegacyContext {
  readonly deskId: string;
  /** The workstation that adopts the data; events that name none are stamped with it. */
  readonly workstation: string;
  /** Agent name for events that name none. */
  readonly by: string;
}

/**
 * Turns a desk from before the desk log (customers, contracts and agents edited in place, ticket
 * logs ordered by position) into log events. Each event is stamped at its business instant; events
 * of one ticket at the same instant keep their order through the counter. Pure and deterministic:
 * the same desk gives the same events (ids of master-data events derive from the entity ids).
 */
export function eventsFromLegacyDesk(desk: DeskImport, ctx: LegacyContext): { events: DeskEvent[]; clock: Hlc } {
  const events: DeskEvent[] = [];
  let clock: Hlc = { wall: 0, counter: 0 };
  const push = (
    id: string,
    kind: string,
    stream: string,
    at: number,
    counter: number,
    payload: Record<string, unknown>,
    workstation = ctx.workstation,
    by = ctx.by,
  ) => {
    const hlc = { wall: at, counter };
    if (hlc.wall > clock.wall || (hlc.wall === clock.wall && hlc.counter > clock.counter)) clock = hlc;
    events.push({ id, deskId: ctx.deskId, workstation, by, hlc: formatHlc(hlc), kind, v: 1, stream, payload });
  };
  for (const c of desk.customers) push(`customer-added-${c.id}`, 'customer.added', c.id, c.createdAt, 0, { at: c.createdAt, name: c.name });
  for (const c of desk.contracts) {
    const { id, createdAt, ...rest } = c;
    push(`contract-added-${id}`, 'contract.added', id, createdAt, 1, { at: createdAt, ...rest });
  }
  const firstAt = Math.min(...desk.customers.map((c) => c.createdAt), ...desk.tickets.flatMap((t) => t.events.map((e) => e.at)));
  const agentsAt = Number.isFinite(firstAt) ? firstAt : 0;
  for (const a of desk.agents) push(`agent-added-${a.id}`, 'agent.added', a.id, agentsAt, 2, { at: agentsAt, name: a.name });
  for (const t of desk.tickets) {
    const counters = new Map<number, number>();
    for (const e of t.events) {
      const { id, kind, by, workstation, ...payload } = e;
      const counter = counters.get(e.at) ?? 0;
      counters.set(e.at, counter + 1);
      push(id, kind, t.id, e.at, counter, payload, workstation || ctx.workstation, by || ctx.by);
    }
  }
  return { events, clock };
}
