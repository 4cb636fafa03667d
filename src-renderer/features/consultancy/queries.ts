import { queryOptions } from '@tanstack/react-query';
import { DEFAULT_VAT_PERCENT } from '../../../src-shared/consultancy/billing-run';
import type { KlokDB } from '../../db/klok-db';
import { openTicketRecords, ticketRecords } from '../../db/ticket-pages';
import { loadBillingRuns, loadEngagements, previewMonth } from '../../store/consultancy-store';
import { getDeskSetting } from '../../store/desk-store';

export const consultancyKeys = {
  all: ['consultancy'] as const,
  engagements: () => [...consultancyKeys.all, 'engagements'] as const,
  runs: () => [...consultancyKeys.all, 'runs'] as const,
  preview: (month: string, zone: string) => [...consultancyKeys.all, 'preview', month, zone] as const,
  tickets: () => [...consultancyKeys.all, 'tickets'] as const,
  deskProfile: () => [...consultancyKeys.all, 'desk-profile'] as const,
  calls: (customerId: string) => [...consultancyKeys.all, 'calls', customerId] as const,
};

/** A customer's logged calls of the phone log, newest first: an approval given by phone names its call. */
export const customerCallsQuery = (db: KlokDB, customerId: string) =>
  queryOptions({
    queryKey: consultancyKeys.calls(customerId),
    queryFn: async () =>
      (await db.calls.where('customerId').equals(customerId).toArray()).filter((c) => c.state === 'logged').sort((a, b) => b.startedAt - a.startedAt),
  });

export const engagementsQuery = (db: KlokDB) => queryOptions({ queryKey: consultancyKeys.engagements(), queryFn: () => loadEngagements(db) });

export const billingRunsQuery = (db: KlokDB) => queryOptions({ queryKey: consultancyKeys.runs(), queryFn: () => loadBillingRuns(db) });

export const billingPreviewQuery = (db: KlokDB, month: string, zone: string) =>
  queryOptions({ queryKey: consultancyKeys.preview(month, zone), queryFn: () => previewMonth(db, month, zone) });

export interface TicketName {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly customerId: string;
}

const nameOf = (t: TicketName): TicketName => ({ id: t.id, number: t.number, title: t.title, customerId: t.customerId });

/** The tickets engagements are on, by id (a desk may hold 100,000 closed tickets: only these are read). */
export const engagementTicketsQuery = (db: KlokDB, ids: readonly string[]) =>
  queryOptions({
    queryKey: [...consultancyKeys.tickets(), 'by-id', ...ids] as const,
    queryFn: async () => (await ticketRecords(db, [...ids])).flatMap((t) => (t ? [nameOf(t)] : [])),
  });

/** A customer's open tickets, for choosing an engagement's ticket: those that breach first come first. */
export const customerOpenTicketsQuery = (db: KlokDB, customerId: string) =>
  queryOptions({
    queryKey: [...consultancyKeys.tickets(), 'open', customerId] as const,
    queryFn: async () => (await openTicketRecords(db)).filter((t) => t.customerId === customerId).map(nameOf),
  });

/** What an invoice specification says of the desk: its name, address and VAT percentage. */
export const deskProfileQuery = (db: KlokDB) =>
  queryOptions({
    queryKey: consultancyKeys.deskProfile(),
    queryFn: async () => {
      const [name, address, vat] = await Promise.all([getDeskSetting(db, 'deskName'), getDeskSetting(db, 'deskAddress'), getDeskSetting(db, 'vatPercent')]);
      return {
        name: typeof name === 'string' ? name : '',
        address: typeof address === 'string' ? address : '',
        vatPercent: typeof vat === 'number' ? vat : DEFAULT_VAT_PERCENT,
      };
    },
  });
