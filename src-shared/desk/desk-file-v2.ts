import { z } from 'zod';
import { checkDeskEvents } from '../desk-log/desk-event-schema';
import type { DeskEvent } from '../desk-log/desk-event';
import { streamsOf } from '../desk-log/project-desk';
import { contractFromLog, customerFromLog, workstationFromLog } from '../desk-log/projections/directory-projections';
import { ticketEventsOf, ticketTerms } from '../desk-log/projections/ticket-projection';
import { policyFromLog } from '../policy/policy-projection';
import { parseInstant } from '../time/instant';
import { payloadsFromWire, type AddIssue } from '../desk-log/wire-event';
export { toWireDeskEvent } from '../desk-log/wire-event';
import { checkTicketEvents } from '../ticket/check-ticket-events';
import { InputError, issue, issuesFromZod, type InputIssue } from '../validation/issues';
import type { ContractPlans } from './contract-plans';

/**
 * Version 2 of the desk file: the desk log itself, in apply order, with payload instants as
 * ISO-8601 UTC. Projections are not in the file: they are rebuilt on import.
 */
export const DESK_FILE_V2 = 2;

const fileSchema = z
  .object({
    format: z.literal('klok-desk', { message: 'must be "klok-desk"' }),
    version: z.literal(DESK_FILE_V2),
    exportedAt: z.string(),
    deskId: z.string().min(1, 'must not be empty').max(100),
    // Each event is checked as the log checks it (checkDeskEvents), an object among the rest.
    events: z.array(z.unknown(), { message: 'must be a list of events' }),
  })
  .strict();

export interface DeskLogFile {
  readonly deskId: string;
  readonly events: readonly DeskEvent[];
}

const MAX_ISSUES = 20;

/** Parses and checks a version 2 desk file (already JSON-parsed); throws an InputError naming each bad field. */
export function parseDeskLogFile(raw: unknown, plans: ContractPlans): DeskLogFile {
  const file = fileSchema.safeParse(raw);
  if (!file.success) throw new InputError(issuesFromZod('', file.error).slice(0, MAX_ISSUES));
  const issues: InputIssue[] = [];
  const add: Add = (field, reason, code, params) => issues.length < MAX_ISSUES && issues.push(code ? issue(field, reason, code, params) : { field, reason });
  const exported = parseInstant(file.data.exportedAt);
  if (!exported.ok) add('exportedAt', exported.reason, exported.code, exported.params);
  const converted = payloadsFromWire(file.data.events, 'events', add);
  if (issues.length > 0) throw new InputError(issues);
  const events = checkDeskEvents(converted, 'events');
  checkCoherence(events, plans, add);
  if (issues.length > 0) throw new InputError(issues);
  return { deskId: file.data.deskId, events };
}

/** Notes one issue (with its code and parameters) while there is room for more. */
type Add = AddIssue;

/** Adds every issue of an InputError; rethrows anything else. */
function addIssuesOf(error: unknown, add: Add): void {
  if (!(error instanceof InputError)) throw error;
  for (const i of error.issues) add(i.field, i.reason, i.code, i.params);
}

/** The rules no single event can check: references, one number per ticket, created first, no id twice. */
function checkCoherence(events: readonly DeskEvent[], plans: ContractPlans, add: Add): void {
  const position = new Map<string, number>();
  events.forEach((e, i) => {
    const earlier = position.get(e.id);
    if (earlier === undefined) position.set(e.id, i);
    else add(`events[${i}].id`, `"${e.id}" is also events[${earlier}]`, 'desk.event_id_again', { id: e.id, other: `events[${earlier}]` });
  });
  const at = (e: DeskEvent) => `events[${position.get(e.id) ?? -1}]`;
  const streams = streamsOf(events);
  // An entity comes into being once: a second `customer.added` for one id is a second customer
  // with the same id, which a file must not hold.
  const FIRST_KINDS = ['customer.added', 'contract.added', 'agent.added', 'workstation.joined', 'created'];
  for (const [, byStream] of streams) {
    for (const [id, list] of byStream) {
      for (const kind of FIRST_KINDS) {
        const firsts = list.filter((e) => e.kind === kind);
        for (const again of firsts.slice(1))
          add(`${at(again)}.stream`, `"${id}" already has a ${kind} event (${at(firsts[0] as DeskEvent)}): the id is used twice`, 'desk.stream_twice', {
            id,
            kind,
            other: at(firsts[0] as DeskEvent),
          });
      }
    }
  }
  const customers = new Set<string>();
  for (const [id, list] of streams.get('customer') ?? []) if (customerFromLog(id, list)) customers.add(id);
  const codes = new Map<string, string>();
  for (const [id, list] of streams.get('workstation') ?? []) {
    const w = workstationFromLog(id, list);
    const joined = list.find((e) => e.kind === 'workstation.joined');
    if (!w || !joined) continue;
    // The event that gave the code: the last lease, else the join.
    const source = list.findLast((e) => e.kind === 'workstation.code_leased') ?? joined;
    const other = codes.get(w.code);
    if (other !== undefined)
      add(`${at(source)}.payload.code`, `"${w.code}" is also the code of workstation ${other}`, 'desk.workstation_code_twice', {
        code: w.code,
        workstation: other,
      });
    else codes.set(w.code, id);
  }
  // The desk's own policy versions first: contracts and tickets name them (decision 19).
  for (const [id, list] of streams.get('policy') ?? []) {
    const row = policyFromLog(id, list);
    if (row) plans.learn([row]);
  }
  const contracts = new Map<string, { customerId: string; policyId: string; planId: string; zone?: string }>();
  for (const [id, list] of streams.get('contract') ?? []) {
    const c = contractFromLog(id, list);
    const added = list.find((e) => e.kind === 'contract.added');
    if (!c || !added) continue;
    if (!customers.has(c.customerId)) add(`${at(added)}.payload.customerId`, `no customer has id "${c.customerId}"`, 'desk.no_customer', { id: c.customerId });
    try {
      plans.planFor(c, `${at(added)}.payload`);
      contracts.set(id, c);
    } catch (error) {
      addIssuesOf(error, add);
    }
  }
  const numbers = new Map<string, string>();
  for (const [id, list] of streams.get('ticket') ?? []) {
    const log = ticketEventsOf(list);
    const created = list.find((e) => e.kind === 'created');
    if (!created) {
      add(`${at(list[0] as DeskEvent)}.stream`, `ticket ${id} has no created event`, 'desk.no_created', { ticket: id });
      continue;
    }
    const p = created.payload;
    const contract = typeof p['contractId'] === 'string' ? contracts.get(p['contractId']) : undefined;
    const contractId = typeof p['contractId'] === 'string' ? p['contractId'] : '';
    if (!contract) add(`${at(created)}.payload.contractId`, `no contract has id "${contractId}"`, 'desk.no_contract', { id: contractId });
    else if (p['customerId'] !== contract.customerId)
      add(`${at(created)}.payload.customerId`, `must be the contract's customer "${contract.customerId}"`, 'desk.not_contract_customer', {
        id: contract.customerId,
      });
    const number = p['number'];
    if (typeof number !== 'string' || number.trim() === '') add(`${at(created)}.payload.number`, 'must not be empty', 'empty');
    else if (numbers.has(number))
      add(`${at(created)}.payload.number`, `"${number}" is also ticket ${numbers.get(number) ?? ''}`, 'desk.number_twice_ticket', {
        number,
        ticket: numbers.get(number) ?? '',
      });
    else numbers.set(number, id);
    if (!contract) continue;
    try {
      checkTicketEvents(plans.planFor(ticketTerms(contract, log), `${at(created)}.payload`), log, `ticket ${id}`, (i) => `${at(list[i] as DeskEvent)}.payload`);
    } catch (error) {
      addIssuesOf(error, add);
    }
  }
}
