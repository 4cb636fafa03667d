import { z } from 'zod';
import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import { parseOrThrow } from '../../src-shared/validation/issues';
import type { Agent, Contract, Customer } from '../db/entities';
import type { KlokDB } from '../db/klok-db';
import { newId } from './actor';

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

/** Adds a customer with its first contract, checked against the presets, in one transaction. */
export async function addCustomer(db: KlokDB, plans: ContractPlans, input: NewCustomer, now: number): Promise<Customer> {
  const c = parseOrThrow(newCustomerSchema, input, '');
  const zone = c.zone ? c.zone : undefined;
  plans.planFor({ policyId: c.policyId, planId: c.planId, zone }, '');
  const customer: Customer = { id: newId(), name: c.name, createdAt: now };
  const contract: Contract = { id: newId(), customerId: customer.id, name: c.contractName, policyId: c.policyId, planId: c.planId, ...(zone ? { zone } : {}), createdAt: now };
  await db.transaction('rw', db.customers, db.contracts, async () => {
    await db.customers.add(customer);
    await db.contracts.add(contract);
  });
  return customer;
}

export async function getSetting<T>(db: KlokDB, key: string, fallback: T): Promise<T> {
  return ((await db.settings.get(key))?.value as T | undefined) ?? fallback;
}

export async function putSetting(db: KlokDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
