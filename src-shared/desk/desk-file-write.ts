import { toIsoUtc } from '../time/instant';
import type { TicketEvent } from '../ticket/ticket-event';
import { DESK_FILE_FORMAT, DESK_FILE_VERSION, type DeskFileInput, type DeskImport } from './desk-file';

/** An engine event as it travels in files: instants as ISO-8601 UTC. */
export function toWireEvent(event: TicketEvent & { id: string }): DeskFileInput['tickets'][number]['events'][number] {
  const out: Record<string, unknown> = { ...event, at: toIsoUtc(event.at) };
  if (event.kind === 'created') {
    if (event.reportedAt !== undefined) out['reportedAt'] = toIsoUtc(event.reportedAt);
    if (event.awareAt !== undefined) out['awareAt'] = toIsoUtc(event.awareAt);
  }
  for (const key of ['ticketId', 'seq']) delete out[key];
  return out as DeskFileInput['tickets'][number]['events'][number];
}

/** Writes a desk as a desk file (the inverse of parseDeskFile). */
export function writeDeskFile(desk: DeskImport, exportedAt: number): DeskFileInput {
  return {
    format: DESK_FILE_FORMAT,
    version: DESK_FILE_VERSION,
    exportedAt: toIsoUtc(exportedAt),
    customers: desk.customers.map((c) => ({ ...c, createdAt: toIsoUtc(c.createdAt) })),
    contracts: desk.contracts.map((c) => ({ ...c, createdAt: toIsoUtc(c.createdAt) })),
    agents: desk.agents.map((a) => ({ id: a.id, name: a.name })),
    tickets: desk.tickets.map((t) => ({ id: t.id, events: t.events.map(toWireEvent) })),
    ticketCounter: desk.ticketCounter,
  };
}
