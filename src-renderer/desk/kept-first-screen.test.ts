import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { at } from '../../src-shared/test-support/instants';
import type { Contract } from '../db/entities';
import type { KlokDB } from '../db/klok-db';
import { atRiskQuery, directoryQuery, languageQuery, ticketCountQuery } from '../features/desk/queries';
import { boardHeadQuery, ticketKeys } from '../features/tickets/queries';
import { actor, deleteFreshDbs, freshDb, houtenDesk, plans } from '../store/store-test-support';
import { registerTicket } from '../store/ticket-store';
import {
  firstScreenOfQueries,
  keepFirstScreen,
  keepFirstScreenUpToDate,
  KEEP_AFTER_MS,
  loadFirstScreen,
  MAX_KEPT_CHARS,
  readKeptFirstScreen,
  showKeptFirstScreen,
  type FirstScreen,
} from './kept-first-screen';

const MON_0900 = at('2026-03-02T09:00:00+01:00');
const KEY = 'klok.firstScreen';

/** localStorage as the browser has it, in memory; `isFull` makes every write fail as a full storage does. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  isFull = false;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.isFull) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const register = (db: KlokDB, contract: Contract, title: string) =>
  registerTicket(db, plans, { contractId: contract.id, title, type: 'bug', environment: 'production', channel: 'portal' }, actor, MON_0900);

/** What a screen reads back as, once kept: JSON drops fields left undefined. */
const asKept = (screen: FirstScreen) => JSON.parse(JSON.stringify(screen)) as FirstScreen;

async function deskWithTickets(...titles: string[]): Promise<{ db: KlokDB; screen: FirstScreen }> {
  const { db, contract } = await houtenDesk();
  for (const title of titles) await register(db, contract, title);
  const screen = await loadFirstScreen(db);
  if (!screen) throw new Error('the store has no first screen');
  return { db, screen };
}

describe('the kept first screen', () => {
  afterEach(deleteFreshDbs);

  it('reads back, for the build that kept it, the first screen the store gave', async () => {
    const { screen } = await deskWithTickets('Login fails', 'Export slow');
    const storage = new MemoryStorage();

    expect(keepFirstScreen(storage, 'build-1', screen)).toBe(true);

    const kept = readKeptFirstScreen(storage, 'build-1');
    expect(kept).toEqual(asKept(screen));
    expect(kept?.head.tickets.map((t) => t.row.title)).toEqual(['Login fails', 'Export slow']);
    expect([kept?.language, kept?.ticketCount, kept?.directory.customers.map((c) => c.name)]).toEqual(['en', 1, ['Gemeente Houten']]);
  });

  it("ignores and forgets another build's kept screen, and one it cannot read", async () => {
    const { screen } = await deskWithTickets('Login fails');
    const storage = new MemoryStorage();
    keepFirstScreen(storage, 'build-1', screen);

    expect(readKeptFirstScreen(storage, 'build-2')).toBeNull();
    expect(storage.getItem(KEY)).toBeNull();

    for (const text of ['{not json', 'null', JSON.stringify({ build: 'build-1', screen: { ...screen, head: null } })]) {
      storage.setItem(KEY, text);
      expect(readKeptFirstScreen(storage, 'build-1')).toBeNull();
      expect(storage.getItem(KEY)).toBeNull();
    }
  });

  it('keeps none for a store without a first screen, one too large, or when the storage refuses: the one kept before is forgotten', async () => {
    const { screen } = await deskWithTickets('Login fails');
    const storage = new MemoryStorage();
    const keptBefore = () => keepFirstScreen(storage, 'b', screen) && storage.getItem(KEY) !== null;

    expect(keptBefore()).toBe(true);
    expect(keepFirstScreen(storage, 'b', null)).toBe(false);
    expect(storage.getItem(KEY)).toBeNull();

    expect(keptBefore()).toBe(true);
    const huge = { ...screen, directory: { ...screen.directory, customers: [{ ...screen.directory.customers[0]!, name: 'x'.repeat(MAX_KEPT_CHARS) }] } };
    expect(keepFirstScreen(storage, 'b', huge)).toBe(false);
    expect(storage.getItem(KEY)).toBeNull();

    expect(keptBefore()).toBe(true);
    storage.isFull = true;
    expect(keepFirstScreen(storage, 'b', { ...screen, ticketCount: 0 })).toBe(false);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('gives the first screen queries their answers from the kept screen, as of now', async () => {
    const { db, screen } = await deskWithTickets('Login fails');
    const client = new QueryClient();

    showKeptFirstScreen(client, db, plans, screen, MON_0900);

    expect(client.getQueryData(boardHeadQuery(db).queryKey)).toBe(screen.head);
    expect(client.getQueryData(directoryQuery(db).queryKey)).toBe(screen.directory);
    expect(client.getQueryData(languageQuery(db).queryKey)).toBe('en');
    expect(client.getQueryData(ticketCountQuery(db).queryKey)).toBe(1);
    expect(client.getQueryData(atRiskQuery(db).queryKey)).toBeNull();
    expect(client.getQueryState(boardHeadQuery(db).queryKey)?.dataUpdatedAt).toBe(MON_0900);
    // And back: what the queries hold is that screen.
    expect(firstScreenOfQueries(client, db, screen.policies)).toEqual(screen);
    expect(firstScreenOfQueries(new QueryClient(), db, [])).toBeNull();
    // A read of the store that failed leaves the kept answer in the query: that is not kept again.
    await client.prefetchQuery({ ...languageQuery(db), staleTime: 0, queryFn: () => Promise.reject(new Error('store closed')) });
    expect(client.getQueryData(languageQuery(db).queryKey)).toBe('en');
    expect(firstScreenOfQueries(client, db, screen.policies)).toBeNull();
  });

  it('an empty store has a first screen too: no tickets, no customers', async () => {
    const screen = await loadFirstScreen(freshDb());
    expect([screen?.head.tickets, screen?.head.isWhole, screen?.ticketCount, screen?.directory.customers]).toEqual([[], true, 0, []]);
  });

  it('is kept again from the store once the desk is quiet after a change to what the first screen shows, not after other changes', async () => {
    const { db, contract } = await houtenDesk();
    await register(db, contract, 'Login fails');
    const storage = new MemoryStorage();
    const client = new QueryClient();
    const stop = keepFirstScreenUpToDate(client, db, storage, 'b');
    try {
      client.setQueryData(['calls', 'list'], []);
      await new Promise((resolve) => setTimeout(resolve, KEEP_AFTER_MS + 300));
      expect(storage.getItem(KEY)).toBeNull();

      await register(db, contract, 'Export slow');
      client.setQueryData(ticketKeys.open(), []); // what a change does to the board's list
      await vi.waitFor(() => expect(readKeptFirstScreen(storage, 'b')?.head.tickets.map((t) => t.row.title)).toEqual(['Login fails', 'Export slow']), {
        timeout: KEEP_AFTER_MS + 2_000,
      });
    } finally {
      stop();
    }
  });
});
