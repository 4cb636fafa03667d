import { CompiledPolicy } from '../policy/compiled-policy';
import { parsePolicy } from '../policy/policy-schema';
import { POLICY_PRESETS } from '../policy/presets';
import type { TicketEvent } from '../ticket/ticket-event';
import { ticketClocks, type TicketClocks } from '../ticket/ticket-clocks';
import { at, calendars } from './instants';

export function planOf(policyId: string, planId?: string) {
  const preset = POLICY_PRESETS[policyId];
  if (!preset) throw new Error(policyId);
  return new CompiledPolicy(
    parsePolicy(preset, (id) => calendars.has(id)),
    calendars,
  ).plan(planId);
}

type Loose = { at: string; kind: TicketEvent['kind'] } & Record<string, unknown>;

/** Events written with ISO instants, for readable tests. */
export function events(...list: Loose[]): TicketEvent[] {
  return list.map((e) => {
    const out: Record<string, unknown> = { ...e, at: at(e.at) };
    for (const key of ['reportedAt', 'awareAt']) if (typeof e[key] === 'string') out[key] = at(e[key] as string);
    return out as unknown as TicketEvent;
  });
}

export function clocksAt(plan: ReturnType<typeof planOf>, log: TicketEvent[], now: string): TicketClocks {
  return ticketClocks(plan, log, at(now), { withTrace: true });
}
