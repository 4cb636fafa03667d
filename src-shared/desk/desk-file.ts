import { z } from 'zod';
import { highestSequence } from '../desk-log/ticket-numbers';
import { checkTicketEvents } from '../ticket/check-ticket-events';
import type { TicketEvent } from '../ticket/ticket-event';
import { instantSchema, toEngineEvent, wireEventSchema } from '../ticket/ticket-event-schema';
import { InputError, issue, issuesFromZod, type InputIssue, type IssueParams } from '../validation/issues';
import type { ContractPlans } from './contract-plans';

/**
 * A whole desk as a file (export, import, the demo desk): master data and every ticket's event
 * log. Instants are ISO-8601 (exports write UTC). Ticket projections are not in the file: they
 * are rebuilt from the logs on import, so a file can never carry a state its log contradicts.
 */
export const DESK_FILE_FORMAT = 'klok-desk';
export const DESK_FILE_VERSION = 1;

const id = z.string().min(1, 'must not be empty').max(100);
const name = z.string().trim().min(1, 'must not be empty').max(200);

const deskFileSchema = z
  .object({
    format: z.literal(DESK_FILE_FORMAT, { message: `must be "${DESK_FILE_FORMAT}"` }),
    version: z.literal(DESK_FILE_VERSION, { message: `must be ${DESK_FILE_VERSION} (this Klok reads desk files of version ${DESK_FILE_VERSION})` }),
    exportedAt: instantSchema,
    customers: z.array(z.object({ id, name, createdAt: instantSchema }).strict()),
    contracts: z.array(
      z
        .object({
          id,
          customerId: id,
          name,
          policyId: id,
          planId: id,
          zone: z.string().optional(),
          rateId: z.string().optional(),
          createdAt: instantSchema,
        })
        .strict(),
    ),
    agents: z.array(z.object({ id, name }).strict()),
    tickets: z.array(
      z
        .object({
          id,
          events: z
            .array(wireEventSchema.and(z.object({ id })))
            .refine((events) => events.length > 0, { message: 'must hold at least the created event', params: { code: 'desk.created_required' } }),
        })
        .strict(),
    ),
    ticketCounter: z.number().int().nonnegative().max(999_999_999, 'must be at most 999999999').optional(),
  })
  .strict();

export type DeskFileInput = z.input<typeof deskFileSchema>;
type Parsed = z.output<typeof deskFileSchema>;

export interface DeskImport {
  readonly customers: readonly { id: string; name: string; createdAt: number }[];
  readonly contracts: readonly {
    id: string;
    customerId: string;
    name: string;
    policyId: string;
    planId: string;
    zone?: string;
    rateId?: string;
    createdAt: number;
  }[];
  readonly agents: readonly { id: string; name: string }[];
  readonly tickets: readonly { id: string; events: readonly (TicketEvent & { id: string })[] }[];
  readonly ticketCounter: number;
}

const MAX_ISSUES = 20;

function duplicatesOf(values: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return dup;
}

/** Parses and checks a version 1 desk file field by field; throws an InputError listing what is wrong. */
export function parseDeskFile(text: string, plans: ContractPlans): DeskImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError([issue('file', `is not JSON (${(error as Error).message})`, 'desk.not_json')]);
  }
  return checkDeskFileV1(raw, plans);
}

/** Checks an already parsed version 1 desk file field by field. */
export function checkDeskFileV1(raw: unknown, plans: ContractPlans): DeskImport {
  const result = deskFileSchema.safeParse(raw);
  if (!result.success) throw new InputError(issuesFromZod('', result.error).slice(0, MAX_ISSUES));
  const file: Parsed = result.data;
  const issues: InputIssue[] = [];
  const add = (field: string, reason: string, code: string, params?: IssueParams) =>
    issues.length < MAX_ISSUES && issues.push(issue(field, reason, code, params));
  const addAll = (error: unknown) => {
    if (!(error instanceof InputError)) throw error;
    for (const i of error.issues) if (issues.length < MAX_ISSUES) issues.push(i);
  };

  const customerIds = new Set(file.customers.map((c) => c.id));
  for (const dup of duplicatesOf(file.customers.map((c) => c.id))) add('customers', `id "${dup}" is used twice`, 'desk.id_twice', { id: dup });
  for (const dup of duplicatesOf(file.contracts.map((c) => c.id))) add('contracts', `id "${dup}" is used twice`, 'desk.id_twice', { id: dup });
  for (const dup of duplicatesOf(file.tickets.map((t) => t.id))) add('tickets', `id "${dup}" is used twice`, 'desk.id_twice', { id: dup });
  for (const dup of duplicatesOf(file.agents.map((a) => a.id))) add('agents', `id "${dup}" is used twice`, 'desk.id_twice', { id: dup });
  for (const dup of duplicatesOf(file.agents.map((a) => a.name))) add('agents', `name "${dup}" is used twice`, 'desk.name_twice', { name: dup });
  for (const dup of duplicatesOf(file.tickets.flatMap((t) => t.events.map((e) => e.id))))
    add('tickets', `event id "${dup}" is used twice`, 'desk.event_id_twice', { id: dup });
  const contracts = new Map(file.contracts.map((c) => [c.id, c]));
  file.contracts.forEach((c, i) => {
    if (!customerIds.has(c.customerId)) add(`contracts[${i}].customerId`, `no customer has id "${c.customerId}"`, 'desk.no_customer', { id: c.customerId });
    try {
      plans.planFor(c, `contracts[${i}]`);
    } catch (error) {
      addAll(error);
    }
  });
  const numbers = new Map<string, number>();
  const tickets = file.tickets.map((t, i) => {
    const events = t.events.map((e) => ({ ...toEngineEvent(e, ''), id: e.id }));
    const created = events.find((e) => e.kind === 'created');
    const field = `tickets[${i}].events`;
    const contract = created?.kind === 'created' && created.contractId ? contracts.get(created.contractId) : undefined;
    if (created?.kind === 'created') {
      const at = `${field}[${events.indexOf(created)}]`;
      if (!contract) add(`${at}.contractId`, `no contract has id "${created.contractId ?? ''}"`, 'desk.no_contract', { id: created.contractId ?? '' });
      else if (created.customerId !== contract.customerId)
        add(`${at}.customerId`, `must be the contract's customer "${contract.customerId}"`, 'desk.not_contract_customer', { id: contract.customerId });
      if (!created.number) add(`${at}.number`, 'must not be empty', 'empty');
      else if (!/^[A-Z]{1,3}-\d{1,9}$/.test(created.number))
        add(`${at}.number`, `"${created.number}" must read like T-1042 (one to three capital letters, a dash, at most nine digits)`, 'desk.number_format', {
          number: created.number,
        });
      else if (numbers.has(created.number))
        add(`${at}.number`, `"${created.number}" is also tickets[${numbers.get(created.number)}]`, 'desk.number_twice', {
          number: created.number,
          other: `tickets[${numbers.get(created.number)}]`,
        });
      else numbers.set(created.number, i);
    }
    if (contract) {
      try {
        checkTicketEvents(plans.planFor(contract), events, field);
      } catch (error) {
        addAll(error);
      }
    } else if (!created) {
      add(field, 'must hold a created event', 'desk.created_required');
    }
    return { id: t.id, events };
  });
  if (issues.length > 0) throw new InputError(issues);
  // Numbers before the desk log were all the first workstation's (T); the counter continues them.
  const highest = highestSequence(numbers.keys(), 'T');
  return {
    customers: file.customers,
    contracts: file.contracts.map((c) => ({ ...c, ...(c.zone ? { zone: c.zone } : {}) })) as DeskImport['contracts'],
    agents: file.agents,
    tickets,
    ticketCounter: Math.max(file.ticketCounter ?? 0, highest, 1000),
  };
}
