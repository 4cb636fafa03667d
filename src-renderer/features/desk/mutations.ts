import { hashKey, notifyManager, useMutation, useQueryClient } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { now } from '../../clock/app-clock';
import { InputError, issue } from '../../../src-shared/validation/issues';
import { DESK_FILE_EXTENSION } from '../../../src-shared/ipc/ipc-contract';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n, type Language } from '../../i18n/i18n';
import { addCustomer, endContract, loadDirectory, putSetting, renameContract, renameCustomer, setDeskSetting, type NewCustomer } from '../../store/desk-store';
import { decodeDeskFile } from '../../store/desk-file-bytes';
import { checkDeskFile, exportDesk, importDeskFile, loadDemoDesk } from '../../store/desk-transfer';
import type { DeskFileContents } from '../../../src-shared/desk/read-desk-file';
import { ticketKeys } from '../tickets/queries';
import { CLOCK_WARNING_KEY } from '../../store/append-events';
import { atRiskShareOf, deskKeys, loadAtRiskShare } from './queries';
import { prepareBoardEntries } from '../board/board-entries';
import { holidayCountriesOfText, loadHolidayCountries } from '../policies/policy-holidays';

/** Whole-desk changes (an import, the demo desk, a new customer) invalidate everything the desk shows: tickets, calls, engagements, outages. */
function useInvalidateDesk() {
  const client = useQueryClient();
  return () => client.invalidateQueries();
}

export function useLoadDemoDesk() {
  const { db, plans } = useDeskServices();
  const { language } = useI18n();
  const invalidate = useInvalidateDesk();
  return useMutation({ mutationFn: () => loadDemoDesk(db, plans, now(), language), onSuccess: invalidate });
}

/**
 * Reads and checks a chosen desk file (its bytes) without writing anything: the desk data dialog
 * shows what it holds, or why it is refused, before the agent confirms the import.
 */
export function useCheckDeskFile() {
  const { plans } = useDeskServices();
  return useMutation({
    mutationFn: async (bytes: Uint8Array) => {
      const text = decodeDeskFile(bytes);
      // A policy version in the file is checked with its calendars: their holidays first.
      await loadHolidayCountries(holidayCountriesOfText(text));
      return checkDeskFile(text, plans);
    },
  });
}

/**
 * Imports a desk file checked by useCheckDeskFile. The board takes the open tickets the import
 * wrote as they were written, instead of reading ten thousand records back; everything else the
 * desk shows is read anew.
 */
export function useImportDesk() {
  const { db, plans } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: DeskFileContents) => {
      // The board's entries are evaluated while IndexedDB writes the desk, when the page would wait.
      const imported = await importDeskFile(db, plans, file, now(), (openTickets, desk) => {
        const names = new Map(desk.customers.map((c) => [c.id, c.name]));
        const atRisk = atRiskShareOf(desk.deskSettings.find((s) => s.key === 'atRiskPercent')?.value);
        prepareBoardEntries(openTickets, plans, names, now(), atRisk);
      });
      // The board's other inputs, read before it is shown anything of the new desk (see onSuccess).
      const [directory, atRisk] = await Promise.all([loadDirectory(db), loadAtRiskShare(db)]);
      return { ...imported, directory, atRisk };
    },
    onSuccess: async ({ openTickets, directory, atRisk }) => {
      const board = [ticketKeys.open(), deskKeys.directory(), deskKeys.atRisk()] as const;
      // In one update: the board evaluates the imported tickets once, with their customers' names
      // and the desk's at-risk share, not once with the old desk's and again when those arrive.
      notifyManager.batch(() => {
        client.setQueryData(board[0], openTickets);
        client.setQueryData(board[1], directory);
        client.setQueryData(board[2], atRisk);
      });
      const given = new Set(board.map((key) => hashKey(key)));
      await client.invalidateQueries({ predicate: (query) => !given.has(query.queryHash) });
    },
  });
}

export function useExportDesk() {
  const { db, platform } = useDeskServices();
  return useMutation({
    mutationFn: async () => {
      const stamp = DateTime.fromMillis(now()).toISODate() ?? 'desk';
      return platform.saveExport(`klok-desk-${stamp}${DESK_FILE_EXTENSION}`, await exportDesk(db, now()));
    },
  });
}

export function useRenameCustomer() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateDesk();
  return useMutation({
    mutationFn: ({ customerId, name }: { customerId: string; name: string }) => renameCustomer(db, plans, customerId, name, actor(), now()),
    onSuccess: invalidate,
  });
}

export function useRenameContract() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateDesk();
  return useMutation({
    mutationFn: ({ contractId, name }: { contractId: string; name: string }) => renameContract(db, plans, contractId, name, actor(), now()),
    onSuccess: invalidate,
  });
}

export function useEndContract() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateDesk();
  return useMutation({
    mutationFn: ({ contractId, endedAt }: { contractId: string; endedAt: number | null }) => endContract(db, plans, contractId, endedAt, actor(), now()),
    onSuccess: invalidate,
  });
}

export function useAddCustomer() {
  const { db, plans, actor } = useDeskServices();
  const invalidate = useInvalidateDesk();
  return useMutation({ mutationFn: (input: NewCustomer) => addCustomer(db, plans, input, actor(), now()), onSuccess: invalidate });
}

export function useSetLanguage() {
  const { db } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (language: Language) => putSetting(db, 'language', language),
    onSuccess: () => client.invalidateQueries({ queryKey: deskKeys.language() }),
  });
}

/** Sets the desk's at-risk percentage (1–99) for every workstation of the desk, or clears it (null) to use the presets' own. */
export function useSetAtRiskPercent() {
  const { db, plans, actor } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (percent: number | null) => {
      if (percent !== null && !(Number.isInteger(percent) && percent >= 1 && percent <= 99)) {
        throw new InputError([issue('atRiskPercent', 'must be a whole percentage from 1 to 99', 'percent_range')]);
      }
      await setDeskSetting(db, plans, 'atRiskPercent', percent, actor(), now());
    },
    onSuccess: () => client.invalidateQueries({ queryKey: deskKeys.atRisk() }),
  });
}

/** The agent has read the clock warning: it goes until events are seen far ahead again. */
export function useDismissClockWarning() {
  const { db } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => db.settings.delete(CLOCK_WARNING_KEY),
    onSuccess: () => client.invalidateQueries({ queryKey: deskKeys.clockWarning() }),
  });
}
