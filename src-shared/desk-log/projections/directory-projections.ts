import type { DeskEvent } from '../desk-event';
import type { Agent, Contract, Customer, DeskSetting, Workstation } from './entities';

/**
 * Pure reducers from one stream's events (in log order) to its row; null when the stream holds
 * no event that creates the entity. Unknown kinds (from a newer Klok) are skipped.
 */
type Payload = Readonly<Record<string, unknown>>;
const str = (p: Payload, key: string): string => p[key] as string;
const num = (p: Payload, key: string): number => p[key] as number;

export function customerFromLog(id: string, events: readonly DeskEvent[]): Customer | null {
  const added = events.findIndex((e) => e.kind === 'customer.added');
  const first = events[added];
  if (!first) return null;
  let name = str(first.payload, 'name');
  for (const e of events.slice(added + 1)) if (e.kind === 'customer.renamed') name = str(e.payload, 'name');
  return { id, name, createdAt: num(first.payload, 'at') };
}

/** A contract from its first `contract.added`; the last `contract.ended` after it says when it ends, the last `contract.renamed` its name. */
export function contractFromLog(id: string, events: readonly DeskEvent[]): Contract | null {
  const added = events.findIndex((e) => e.kind === 'contract.added');
  const first = events[added];
  if (!first) return null;
  const p = first.payload;
  const ended = events.slice(added + 1).findLast((e) => e.kind === 'contract.ended');
  const renamed = events.slice(added + 1).findLast((e) => e.kind === 'contract.renamed');
  return {
    id,
    customerId: str(p, 'customerId'),
    name: str((renamed ?? first).payload, 'name'),
    policyId: str(p, 'policyId'),
    planId: str(p, 'planId'),
    ...(p['zone'] ? { zone: str(p, 'zone') } : {}),
    ...(p['rateId'] ? { rateId: str(p, 'rateId') } : {}),
    createdAt: num(p, 'at'),
    ...(ended ? { endedAt: num(ended.payload, 'endedAt') } : {}),
  };
}

export function agentFromLog(id: string, events: readonly DeskEvent[]): Agent | null {
  const added = events.find((e) => e.kind === 'agent.added');
  return added ? { id, name: str(added.payload, 'name') } : null;
}

/**
 * A workstation numbers with the code it first joined with, until the sync server leases it one
 * for a shared desk: then the last lease in log order.
 */
export function workstationFromLog(id: string, events: readonly DeskEvent[]): Workstation | null {
  const joined = events.find((e) => e.kind === 'workstation.joined');
  if (!joined) return null;
  const leased = events.findLast((e) => e.kind === 'workstation.code_leased');
  return { id, code: str((leased ?? joined).payload, 'code'), joinedAt: num(joined.payload, 'at') };
}

/** Desk settings: the last change in log order wins, per key. */
export function deskSettingsFromLog(events: readonly DeskEvent[]): DeskSetting[] {
  const byKey = new Map<string, DeskSetting>();
  for (const { kind, payload: p } of events) {
    if (kind === 'desk.setting_changed') byKey.set(str(p, 'key'), { key: str(p, 'key'), value: p['value'] as DeskSetting['value'], changedAt: num(p, 'at') });
  }
  return [...byKey.values()];
}
