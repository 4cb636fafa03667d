import { z } from 'zod';
import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import { InputError, issue, parseOrThrow } from '../../src-shared/validation/issues';
import type { DESK_SETTING_KEYS } from '../../src-shared/desk-log/event-kinds';
import type { Agent, Contract, Customer, DeskSetting } from '../db/entities';
import type { KlokDB } from '../db/klok-db';
import { newId, type Actor } from './actor';
import { DESK_STREAM } from './append-events';
import { writeEvents } from './write-events';

export interface DeskDirectory {
  readonly customers: readonly Customer[];
  readonly contracts: readonly Contract[];
  readonly agents: readonly Agent[];
}

export async function loadDirectory(db: KlokDB): Promise<DeskDirectory> {
  return db.transaction('r', db.customers, db.contracts, db.agents, async () => ({
    customers: await db.customers.orderBy('name').toArray(),
    contracts: await db.contracts.toArray(),
    agents: await db.agents.orderBy('name').toArray(),
  }));
}

const newCustomerSchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty').max(200),
    contractName: z.string().trim().min(1, 'must not be empty').max(200),
    policyId: z.string().min(1, 'choose an SLA preset'),
    planId: z.string().min(1, 'choose a plan'),
    zone: z.string().trim().optional(),
  })
  .strict();

export type NewCustomer = z.input<typeof newCustomerSchema>;

/** Adds a customer with its first contract, checked against the presets: two events, one transaction. */
export async function addCustomer(db: KlokDB, plans: ContractPlans, input: NewCustomer, actor: Actor, now: number): Promise<Customer> {
  const c = parseOrThrow(newCustomerSchema, input, '');
  const zone = c.zone ? c.zone : undefined;
  plans.planFor({ policyId: c.policyId, planId: c.planId, zone }, '');
  const customerId = newId();
  const contractId = newId();
  return writeEvents(db, plans, actor, now, async () => ({
    drafts: [
      { kind: 'customer.added', stream: customerId, payload: { at: now, name: c.name } },
      {
        kind: 'contract.added',
        stream: contractId,
        payload: { at: now, customerId, name: c.contractName, policyId: c.policyId, planId: c.planId, ...(zone ? { zone } : {}) },
      },
    ],
    result: async () => (await db.customers.get(customerId)) as Customer,
  }));
}

/** Renames a customer (its tickets keep their history; the name shows everywhere at once). */
export async function renameCustomer(db: KlokDB, plans: ContractPlans, customerId: string, name: string, actor: Actor, now: number): Promise<Customer> {
  const checked = name.trim();
  return writeEvents(db, plans, actor, now, async () => {
    const customer = await db.customers.get(customerId);
    const issues = [
      ...(customer ? [] : [issue('customer', 'this customer is not on the desk', 'customer.unknown')]),
      ...(checked === '' ? [issue('customerName', 'must not be empty', 'empty')] : []),
    ];
    if (issues.length > 0) throw new InputError(issues);
    return {
      drafts: checked === customer?.name ? [] : [{ kind: 'customer.renamed', stream: customerId, payload: { at: now, name: checked } }],
      result: async () => (await db.customers.get(customerId)) as Customer,
    };
  });
}

/**
 * Ends a contract at `endedAt` (now, or a later date; null or unreadable: refused naming the
 * field): no new tickets on it from then; its open tickets keep running to their close.
 */
export async function endContract(db: KlokDB, plans: ContractPlans, contractId: string, endedAt: number | null, actor: Actor, now: number): Promise<Contract> {
  return writeEvents(db, plans, actor, now, async () => {
    const contract = await db.contracts.get(contractId);
    const issues = [
      ...(contract ? [] : [issue('contract', 'this contract is not on the desk', 'contract.unknown')]),
      ...(endedAt === null || Number.isNaN(endedAt)
        ? [issue('contractEndsAt', 'say when the contract ends', 'contract.end_required')]
        : endedAt < now
          ? [issue('contractEndsAt', 'a contract ends now or later, not in the past', 'contract.end_in_past')]
          : []),
    ];
    if (issues.length > 0) throw new InputError(issues);
    return {
      drafts: [{ kind: 'contract.ended', stream: contractId, payload: { at: now, endedAt } }],
      result: async () => (await db.contracts.get(contractId)) as Contract,
    };
  });
}

/** Renames a contract; its terms (and its tickets' clocks) stay as they are. */
export async function renameContract(db: KlokDB, plans: ContractPlans, contractId: string, name: string, actor: Actor, now: number): Promise<Contract> {
  const checked = name.trim();
  return writeEvents(db, plans, actor, now, async () => {
    const contract = await db.contracts.get(contractId);
    const issues = [
      ...(contract ? [] : [issue('contract', 'this contract is not on the desk', 'contract.unknown')]),
      ...(checked === ''
        ? [issue('contractName', 'must not be empty', 'empty')]
        : checked.length > 200
          ? [issue('contractName', 'must be at most 200 characters', 'too_long', { maximum: 200 })]
          : []),
    ];
    if (issues.length > 0) throw new InputError(issues);
    return {
      drafts: checked === contract?.name ? [] : [{ kind: 'contract.renamed', stream: contractId, payload: { at: now, name: checked } }],
      result: async () => (await db.contracts.get(contractId)) as Contract,
    };
  });
}

/** A setting of this workstation only (language, window): never an event. */
export async function getSetting<T>(db: KlokDB, key: string, fallback: T): Promise<T> {
  return ((await db.settings.get(key))?.value as T | undefined) ?? fallback;
}

export async function putSetting(db: KlokDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export type DeskSettingKey = (typeof DESK_SETTING_KEYS)[number];

/** A setting the whole desk shares, or null when the desk has not set it. */
export async function getDeskSetting(db: KlokDB, key: DeskSettingKey): Promise<DeskSetting['value']> {
  return (await db.deskSettings.get(key))?.value ?? null;
}

/** Changes a desk-wide setting: an event every workstation of the desk will apply. null clears it. */
export async function setDeskSetting(
  db: KlokDB,
  plans: ContractPlans,
  key: DeskSettingKey,
  value: DeskSetting['value'],
  actor: Actor,
  now: number,
): Promise<void> {
  await writeEvents(db, plans, actor, now, async () => ({
    drafts: [{ kind: 'desk.setting_changed', stream: DESK_STREAM, payload: { at: now, key, value } }],
    result: () => undefined,
  }));
}
