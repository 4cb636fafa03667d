import type { DeskFileInput } from '../desk/desk-file';

/**
 * A small desk file written by hand (tests only), in the shape an export writes: instants in UTC
 * with milliseconds, customers, contracts and agents ordered by id, tickets in the order of their
 * first event id. Two customers under two presets (one with a zone), two agents, three tickets.
 */
export const SMALL_DESK_FILE = {
  format: 'klok-desk',
  version: 1,
  exportedAt: '2026-03-04T10:00:00.000Z', // Wednesday
  customers: [
    { id: 'cus-acme', name: 'Acme Logistics', createdAt: '2026-01-05T15:00:00.000Z' }, // Monday
    { id: 'cus-houten', name: 'Gemeente Houten', createdAt: '2026-01-05T09:00:00.000Z' }, // Monday
  ],
  contracts: [
    {
      id: 'con-acme',
      customerId: 'cus-acme',
      name: 'Konneqt Enterprise (Chicago)',
      policyId: 'konneqt',
      planId: 'enterprise',
      zone: 'America/Chicago',
      createdAt: '2026-01-05T15:00:00.000Z',
    }, // Monday
    {
      id: 'con-houten',
      customerId: 'cus-houten',
      name: 'Scope4mation Support',
      policyId: 'scope4mation',
      planId: 'support',
      createdAt: '2026-01-05T09:00:00.000Z',
    }, // Monday
  ],
  agents: [
    { id: 'agent-anna', name: 'Anna de Vries' },
    { id: 'agent-bram', name: 'Bram Jansen' },
  ],
  tickets: [
    {
      id: 't-houten-1',
      events: [
        // Monday 2 March 2026, 09:00 in Amsterdam
        {
          id: 'ev-a1',
          kind: 'created',
          at: '2026-03-02T08:00:00.000Z',
          by: 'Anna de Vries',
          workstation: 'ws-1',
          number: 'T-1001',
          title: 'Login page returns an error',
          description: 'Since this morning.',
          customerId: 'cus-houten',
          contractId: 'con-houten',
          type: 'bug',
          priority: 'normal',
          environment: 'production',
          channel: 'portal',
        },
        { id: 'ev-a2', kind: 'responded', at: '2026-03-02T08:30:00.000Z', by: 'Anna de Vries', workstation: 'ws-1' }, // Monday
        { id: 'ev-a3', kind: 'status_changed', status: 'in_progress', at: '2026-03-02T08:30:00.000Z', by: 'Anna de Vries', workstation: 'ws-1' }, // Monday
        { id: 'ev-a4', kind: 'assigned', assignee: 'Bram Jansen', at: '2026-03-02T09:00:00.000Z', by: 'Anna de Vries', workstation: 'ws-1' }, // Monday
      ],
    },
    {
      id: 't-acme-1',
      events: [
        // Monday 2 March 2026, 09:00 in Chicago
        {
          id: 'ev-b1',
          kind: 'created',
          at: '2026-03-02T15:00:00.000Z',
          by: 'Bram Jansen',
          workstation: 'ws-2',
          number: 'T-1002',
          title: 'API returns 502 for some requests',
          customerId: 'cus-acme',
          contractId: 'con-acme',
          type: 'incident',
          priority: 'p2',
          environment: 'production',
          channel: 'phone',
        },
        { id: 'ev-b2', kind: 'acknowledged', at: '2026-03-02T15:20:00.000Z', by: 'Bram Jansen', workstation: 'ws-2' }, // Monday
      ],
    },
    {
      id: 't-houten-2',
      events: [
        // Monday 23 February 2026, 11:00 in Amsterdam
        {
          id: 'ev-c1',
          kind: 'created',
          at: '2026-02-23T10:00:00.000Z',
          by: 'Anna de Vries',
          workstation: 'ws-1',
          number: 'T-1003',
          title: 'Question about user roles',
          customerId: 'cus-houten',
          contractId: 'con-houten',
          type: 'question',
          priority: 'low',
          environment: 'test',
          channel: 'email',
        },
        { id: 'ev-c2', kind: 'responded', at: '2026-02-23T11:00:00.000Z', by: 'Anna de Vries', workstation: 'ws-1' }, // Monday
        { id: 'ev-c3', kind: 'status_changed', status: 'in_progress', at: '2026-02-23T11:00:00.000Z', by: 'Anna de Vries', workstation: 'ws-1' }, // Monday
        { id: 'ev-c4', kind: 'resolved', note: 'Explained the role settings.', at: '2026-02-24T09:00:00.000Z', by: 'Anna de Vries', workstation: 'ws-1' }, // Tuesday
        { id: 'ev-c5', kind: 'status_changed', status: 'closed', at: '2026-02-24T09:30:00.000Z', by: 'Anna de Vries', workstation: 'ws-1' }, // Tuesday
      ],
    },
  ],
  ticketCounter: 1003,
} satisfies DeskFileInput;

/** A desk file as plain, mutable JSON, to break in one place per test. */
export interface LooseDeskFile {
  format: string;
  version: number;
  exportedAt: string;
  customers: Record<string, unknown>[];
  contracts: Record<string, unknown>[];
  agents: Record<string, unknown>[];
  tickets: { id: string; events: Record<string, unknown>[] }[];
  ticketCounter?: number;
}

/** A fresh, mutable copy of SMALL_DESK_FILE. */
export function smallDeskFile(): LooseDeskFile {
  return JSON.parse(JSON.stringify(SMALL_DESK_FILE)) as LooseDeskFile;
}
