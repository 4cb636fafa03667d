import type { DataTag, QueryClient, QueryKey } from '@tanstack/react-query';
import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import type { AppLanguage } from '../../src-shared/ipc/ipc-contract';
import type { DeskPolicy } from '../../src-shared/policy/desk-policy';
import type { KlokDB } from '../db/klok-db';
import { atRiskQuery, deskKeys, directoryQuery, languageQuery, loadAtRiskShare, loadLanguage, ticketCountQuery, countTickets } from '../features/desk/queries';
import { BOARD_HEAD_SIZE, boardHeadQuery, ticketKeys } from '../features/tickets/queries';
import { policyKeys } from '../features/policies/queries';
import { loadDirectory, type DeskDirectory } from '../store/desk-store';
import { loadBoardHead, type BoardHead } from '../store/ticket-store';
import { whenIdle } from '../ui/when-idle';

/**
 * The desk's first screen as the store last gave it, kept in localStorage (decision 27). The next
 * start draws the board from it at once, while IndexedDB opens and reads the store's own, which
 * then replaces it; until then the desk says it is loading (`data-app-state`). Kept after the
 * store's first read at each start and again after every change to what it holds. Not desk data:
 * a copy of what the store said, never written back, and ignored when another build wrote it.
 */
export interface FirstScreen {
  readonly language: AppLanguage;
  /** Tickets ever registered, counted up to one (ticketCountQuery). */
  readonly ticketCount: number;
  readonly directory: DeskDirectory;
  readonly atRisk: number | null;
  /** The desk's own policy versions: the kept tickets' clocks may run on one. */
  readonly policies: readonly DeskPolicy[];
  readonly head: BoardHead;
}

const KEY = 'klok.firstScreen';
/** A desk whose first screen would take more than this (a directory of many thousands of customers) keeps none. */
export const MAX_KEPT_CHARS = 2_000_000;

interface Kept {
  /** The build that wrote it (its entry script's address): another build may read it differently. */
  readonly build: string;
  readonly screen: FirstScreen;
}

/** The first screen kept by this build, or null (none, another build's, or unreadable: then it is forgotten). */
export function readKeptFirstScreen(storage: Storage, build: string): FirstScreen | null {
  let text: string | null;
  try {
    text = storage.getItem(KEY);
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const kept = JSON.parse(text) as Partial<Kept> | null;
    if (kept?.build === build && isFirstScreen(kept.screen)) return kept.screen;
  } catch {
    // unreadable: forgotten below
  }
  forgetFirstScreen(storage);
  return null;
}

function isFirstScreen(screen: unknown): screen is FirstScreen {
  if (!screen || typeof screen !== 'object') return false;
  const s = screen as Partial<Record<keyof FirstScreen, unknown>>;
  const head = s.head as Partial<BoardHead> | null | undefined;
  const directory = s.directory as Partial<DeskDirectory> | null | undefined;
  return (
    (s.language === 'en' || s.language === 'nl') &&
    typeof s.ticketCount === 'number' &&
    (s.atRisk === null || typeof s.atRisk === 'number') &&
    Array.isArray(s.policies) &&
    Array.isArray(head?.tickets) &&
    typeof head?.isWhole === 'boolean' &&
    Array.isArray(directory?.customers) &&
    Array.isArray(directory?.contracts) &&
    Array.isArray(directory?.agents)
  );
}

/**
 * Keeps `screen` for the next start, or forgets the kept one when there is none to keep (a store
 * whose queue order is incomplete) or it is too large. Returns whether one is kept now.
 */
export function keepFirstScreen(storage: Storage, build: string, screen: FirstScreen | null): boolean {
  if (screen === null) {
    forgetFirstScreen(storage);
    return false;
  }
  const text = JSON.stringify({ build, screen } satisfies Kept);
  if (text.length > MAX_KEPT_CHARS) {
    forgetFirstScreen(storage);
    return false;
  }
  try {
    storage.setItem(KEY, text);
    return true;
  } catch {
    // Storage full or refused: the next start reads the store, as without a kept screen.
    forgetFirstScreen(storage);
    return false;
  }
}

export function forgetFirstScreen(storage: Storage): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // nothing kept that could be read either
  }
}

/** What the first screen reads from the store; null when the queue's stored order is incomplete (loadBoardHead). */
export async function loadFirstScreen(db: KlokDB): Promise<FirstScreen | null> {
  const [head, directory, language, ticketCount, atRisk, policies] = await Promise.all([
    loadBoardHead(db, BOARD_HEAD_SIZE),
    loadDirectory(db),
    loadLanguage(db),
    countTickets(db),
    loadAtRiskShare(db),
    db.policies.toArray(),
  ]);
  return head === null ? null : { head, directory, language, ticketCount, atRisk, policies };
}

/** The queries the first screen is drawn from, by the field of FirstScreen that answers each (all but the policies). */
function firstScreenQueries(db: KlokDB) {
  return { head: boardHeadQuery(db), directory: directoryQuery(db), language: languageQuery(db), ticketCount: ticketCountQuery(db), atRisk: atRiskQuery(db) };
}

/**
 * Asks the store for every query the first screen is drawn from, at once (issue 7: first in
 * IndexedDB's queue), even those a kept screen answered. Settles when all are read (or failed).
 */
export function readFirstScreenFromStore(queryClient: QueryClient, db: KlokDB): Promise<unknown> {
  const queries = firstScreenQueries(db);
  const fromStore = { staleTime: 0 };
  return Promise.all([
    queryClient.prefetchQuery({ ...queries.head, ...fromStore }),
    queryClient.prefetchQuery({ ...queries.directory, ...fromStore }),
    queryClient.prefetchQuery({ ...queries.language, ...fromStore }),
    queryClient.prefetchQuery({ ...queries.ticketCount, ...fromStore }),
    queryClient.prefetchQuery({ ...queries.atRisk, ...fromStore }),
  ]);
}

/** The queries the first screen is drawn from, given the kept screen's answers (as of `now`); the plans learn its policy versions. */
export function showKeptFirstScreen(queryClient: QueryClient, db: KlokDB, plans: ContractPlans, screen: FirstScreen, now: number): void {
  plans.learn(screen.policies);
  const queries = firstScreenQueries(db);
  const updatedAt = now;
  queryClient.setQueryData(queries.head.queryKey, screen.head, { updatedAt });
  queryClient.setQueryData(queries.directory.queryKey, screen.directory, { updatedAt });
  queryClient.setQueryData(queries.language.queryKey, screen.language, { updatedAt });
  queryClient.setQueryData(queries.ticketCount.queryKey, screen.ticketCount, { updatedAt });
  queryClient.setQueryData(queries.atRisk.queryKey, screen.atRisk, { updatedAt });
}

/** What a query holds from a read that succeeded last; undefined while it has none or its last read failed. */
function answerOf<T>(queryClient: QueryClient, key: DataTag<QueryKey, T, Error>): T | undefined {
  const state = queryClient.getQueryState(key);
  return state?.status === 'success' ? state.data : undefined;
}

/**
 * The first screen as the store's first read at this start gave it (what the queries now hold), or
 * null while any is missing or its last read failed (the queries may still hold the kept answer).
 */
export function firstScreenOfQueries(queryClient: QueryClient, db: KlokDB, policies: readonly DeskPolicy[]): FirstScreen | null {
  const queries = firstScreenQueries(db);
  const head = answerOf(queryClient, queries.head.queryKey);
  const directory = answerOf(queryClient, queries.directory.queryKey);
  const language = answerOf(queryClient, queries.language.queryKey);
  const ticketCount = answerOf(queryClient, queries.ticketCount.queryKey);
  const atRisk = answerOf(queryClient, queries.atRisk.queryKey);
  if (!head || !directory || language === undefined || ticketCount === undefined || atRisk === undefined) return null;
  return { head, directory, language, ticketCount, atRisk, policies };
}

/** Whether a change to the query under `key` may change what the first screen shows. */
function touchesFirstScreen(key: QueryKey): boolean {
  const [area, what] = key;
  if (area === ticketKeys.all[0]) return what === ticketKeys.open()[1] || what === ticketKeys.head()[1] || what === ticketKeys.detail('')[1];
  if (area === deskKeys.all[0]) return what !== deskKeys.clockWarning()[1];
  return area === policyKeys.all[0];
}

/** How long the desk must be quiet after a change before the first screen is kept again. */
export const KEEP_AFTER_MS = 1_000;

/**
 * Keeps the first screen again from the store after every change that may touch it, once the
 * desk has been quiet for KEEP_AFTER_MS (then in an idle moment). Returns the call that stops it.
 */
export function keepFirstScreenUpToDate(queryClient: QueryClient, db: KlokDB, storage: Storage, build: string): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let isKeeping = false;
  let isAskedAgain = false;
  const keep = async () => {
    if (isKeeping) {
      isAskedAgain = true;
      return;
    }
    isKeeping = true;
    try {
      keepFirstScreen(storage, build, await loadFirstScreen(db));
    } catch {
      // The store could not be read now (closed, or being replaced): the next change keeps it.
    } finally {
      isKeeping = false;
      if (isAskedAgain) {
        isAskedAgain = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      whenIdle(() => void keep(), 5_000);
    }, KEEP_AFTER_MS);
  };
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success' && touchesFirstScreen(event.query.queryKey)) schedule();
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
