import { queryOptions } from '@tanstack/react-query';
import type { AppLanguage } from '../../../src-shared/ipc/ipc-contract';
import type { KlokDB } from '../../db/klok-db';
import { hasTicketRecords } from '../../db/ticket-pages';
import { CLOCK_WARNING_KEY, type ClockWarning } from '../../store/append-events';
import { getDeskSetting, loadDirectory } from '../../store/desk-store';

export const deskKeys = {
  all: ['desk'] as const,
  directory: () => [...deskKeys.all, 'directory'] as const,
  language: () => [...deskKeys.all, 'language'] as const,
  ticketCount: () => [...deskKeys.all, 'ticket-count'] as const,
  atRisk: () => [...deskKeys.all, 'at-risk'] as const,
  clockWarning: () => [...deskKeys.all, 'clock-warning'] as const,
};

export const directoryQuery = (db: KlokDB) => queryOptions({ queryKey: deskKeys.directory(), queryFn: () => loadDirectory(db) });

/** The language this workstation's screens are in. */
export async function loadLanguage(db: KlokDB): Promise<AppLanguage> {
  const value = (await db.settings.get('language'))?.value;
  return value === 'nl' ? 'nl' : 'en';
}

export const languageQuery = (db: KlokDB) => queryOptions({ queryKey: deskKeys.language(), queryFn: () => loadLanguage(db) });

/**
 * Tickets ever registered (open or closed), counted up to one: zero means the desk is empty. A
 * full count would walk every ticket row (IndexedDB keeps no count) each time the desk opens.
 */
export async function countTickets(db: KlokDB): Promise<number> {
  return (await hasTicketRecords(db)) ? 1 : 0;
}

export const ticketCountQuery = (db: KlokDB) => queryOptions({ queryKey: deskKeys.ticketCount(), queryFn: () => countTickets(db) });

/** The at-risk share (0–1) the desk setting `atRiskPercent` holds, or null to use each preset's own (75 %). */
export function atRiskShareOf(percent: unknown): number | null {
  return typeof percent === 'number' ? percent / 100 : null;
}

/** The desk's at-risk share (0–1), or null to use each preset's own (75 %). */
export async function loadAtRiskShare(db: KlokDB): Promise<number | null> {
  return atRiskShareOf(await getDeskSetting(db, 'atRiskPercent'));
}

export const atRiskQuery = (db: KlokDB) => queryOptions({ queryKey: deskKeys.atRisk(), queryFn: () => loadAtRiskShare(db) });

/** Events seen far ahead of this machine's clock (from an import, later from other workstations), or null. */
export const clockWarningQuery = (db: KlokDB) =>
  queryOptions({
    queryKey: deskKeys.clockWarning(),
    queryFn: async () => ((await db.settings.get(CLOCK_WARNING_KEY))?.value as ClockWarning | undefined) ?? null,
  });
