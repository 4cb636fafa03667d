import type { DeskEvent } from '../../src-shared/desk-log/desk-event';
import { DateTime } from 'luxon';
import { toWireDeskEvent } from '../desk/desk-file-v2';
import { formatHlc } from '../../src-shared/desk-log/hlc';

/**
 * Deterministic desks of any size for the Chromium bench and the crash test: a few customers on the three presets,
 * open tickets registered over the last three days (some answered, some waiting) and closed
 * tickets with a full life of about twelve events each. Store form (instants in epoch ms).
 */
export interface DeskShape {
  readonly open: number;
  readonly closed: number;
  /** The instant the desk is "now": open tickets are younger than three days. */
  readonly now: number;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;
export const BENCH_DESK_ID = 'bench-desk';
export const BENCH_WORKSTATION = 'ws-bench';
/** The ticket numbers the generator hands out: T-1001, T-1002, … */
export const BENCH_CODE = 'T';

const CONTRACTS = [
  { policyId: 'scope4mation', planId: 'support', types: ['bug', 'question', 'disruption'], priorities: ['normal', 'low', 'normal'] },
  { policyId: 'connect-engage', planId: 'standard', types: ['request'], priorities: ['normal', 'high'] },
  { policyId: 'konneqt', planId: 'enterprise', types: ['incident', 'query'], priorities: ['p3', 'p2', 'p3'], zone: 'America/Chicago' },
] as const;
const CUSTOMERS = 12;

function envelope(id: string, stream: string, at: number, seq: number, kind: string, payload: Record<string, unknown>): DeskEvent {
  // One millisecond apart at most 65,536 times: the counter keeps stamps unique and in order.
  return {
    id,
    deskId: BENCH_DESK_ID,
    workstation: BENCH_WORKSTATION,
    by: 'Bench',
    hlc: formatHlc({ wall: at, counter: seq & 0xffff }),
    kind,
    v: 1,
    stream,
    payload,
  };
}

/** The workstation, customers and contracts every bench desk starts with. */
export function directoryEvents(now: number): DeskEvent[] {
  const at = now - 400 * 24 * HOUR;
  const events: DeskEvent[] = [envelope('ws-joined', BENCH_WORKSTATION, at, 0, 'workstation.joined', { at, code: BENCH_CODE })];
  for (let c = 0; c < CUSTOMERS; c++) {
    const terms = CONTRACTS[c % CONTRACTS.length]!;
    events.push(envelope(`cust-${c}`, `u${c}`, at, 1 + c * 2, 'customer.added', { at, name: `Customer ${String(c).padStart(2, '0')}` }));
    events.push(
      envelope(`contract-${c}`, `c${c}`, at, 2 + c * 2, 'contract.added', {
        at,
        customerId: `u${c}`,
        name: `${terms.policyId} ${terms.planId}`,
        policyId: terms.policyId,
        planId: terms.planId,
        ...('zone' in terms ? { zone: terms.zone } : {}),
      }),
    );
  }
  return events;
}

/** One ticket's events: `index` numbers it, `isOpen` decides its life. */
export function ticketEvents(index: number, isOpen: boolean, now: number): DeskEvent[] {
  const c = index % CUSTOMERS;
  const terms = CONTRACTS[c % CONTRACTS.length]!;
  const stream = `t${index}`;
  const type = terms.types[index % terms.types.length]!;
  const priority = type === 'query' ? undefined : terms.priorities[index % terms.priorities.length];
  // Open tickets: registered in the last three days; closed ones: over the year before.
  let at = isOpen ? now - ((index * 7919) % (72 * HOUR)) : now - 4 * 24 * HOUR - ((index * 104_729) % (360 * 24 * HOUR));
  at -= at % MINUTE;
  let seq = 0;
  const events: DeskEvent[] = [];
  const add = (kind: string, payload: Record<string, unknown> = {}) => {
    events.push(envelope(`${stream}-${seq}`, stream, at, seq, kind, { at, ...payload }));
    seq++;
  };
  add('created', {
    type,
    ...(priority ? { priority } : {}),
    number: `${BENCH_CODE}-${1001 + index}`,
    title: `${isOpen ? 'Open' : 'Closed'} ticket ${index}`,
    customerId: `u${c}`,
    contractId: `c${c}`,
    channel: priority === 'high' ? 'phone' : 'portal',
  });
  // Later, but never in the future (nor before the ticket was registered).
  const later = (minutes: number) => (at = Math.max(at, Math.min(now - 1000, at + minutes * MINUTE)));
  if (isOpen) {
    if (index % 2 === 0) {
      later(20);
      add('responded');
    }
    if (index % 4 === 0) {
      later(15);
      add('status_changed', { status: 'waiting_for_customer' });
    }
    return events;
  }
  later(25);
  add('responded');
  later(10);
  add('status_changed', { status: 'in_progress' });
  later(30);
  add('assigned', { assignee: `Agent ${index % 7}` });
  later(45);
  add('note_added', { note: 'Looked into it.' });
  later(60);
  add('status_changed', { status: 'waiting_for_customer' });
  later(240);
  add('status_changed', { status: 'in_progress' });
  later(30);
  add('call_logged', { purpose: 'clarify' });
  later(90);
  add('workaround_given');
  later(120);
  add('note_added', { note: 'Fixed in the next release.' });
  later(60);
  add('resolved');
  later(30);
  add('status_changed', { status: 'closed' });
  return events;
}

/** The tickets `[from, to)` of a desk: closed ones first, then the open ones. */
export function ticketRange(shape: DeskShape, from: number, to: number): DeskEvent[] {
  const events: DeskEvent[] = [];
  for (let i = from; i < to; i++) events.push(...ticketEvents(i, i >= shape.closed, shape.now));
  return events;
}

export function ticketTotal(shape: DeskShape): number {
  return shape.open + shape.closed;
}

/** A desk of `shape` as a version 2 desk file, as an export writes it (the import bench and end-to-end tests). */
export function generatedDeskFile(shape: DeskShape): string {
  const events = [...directoryEvents(shape.now), ...ticketRange(shape, 0, ticketTotal(shape))];
  return JSON.stringify({
    format: 'klok-desk',
    version: 2,
    exportedAt: DateTime.fromMillis(shape.now, { zone: 'utc' }).toISO(),
    deskId: BENCH_DESK_ID,
    events: events.map(toWireDeskEvent),
  });
}
