import { Dexie, type Collection } from 'dexie';
import type { KlokDB } from './klok-db';
import type { TicketRecord } from './ticket-records';

/**
 * Tickets kept a page at a time (decision 29): the `ticketPages` table holds up to
 * TICKETS_PER_PAGE ticket records in one IndexedDB record. Chromium's IndexedDB spends most of a
 * write on each record it is handed: 10,000 ticket records took it 1.5–1.7 s to write on this
 * machine, the same tickets in 400 pages about 0.3 s. A record's size costs too, so a page also
 * stops taking new tickets at PAGE_CHARACTERS of text: a change to one ticket rewrites its page.
 *
 * A ticket stays on the page it was first written to. A new ticket goes on the newest page while
 * that has room, else on a new one. Each ticket's record is kept as JSON text, so a page is copied
 * as a few strings and a reader parses only the tickets it wants.
 *
 * Every read and write of ticket records goes through this module; nothing else knows pages.
 */
export const TICKETS_PER_PAGE = 25;

/**
 * A page takes no new ticket that would bring its text past this many characters (unless it is
 * empty). A ticket's text grows with its log while it is open, so a page can grow past it later.
 */
export const PAGE_CHARACTERS = 12_000;

/** An open ticket's place in the queue: the `queue` index's key. */
type QueueEntry = readonly [queueKey: number, numberKey: string, ticketId: string];
/** A closed ticket's last change: the `closed` index's key. */
type ClosedEntry = readonly [closedKey: number, ticketId: string];

export interface TicketPage {
  /** The page's number: pages are made in increasing order. */
  readonly id: number;
  /** The ids of the tickets on the page (index `ids`, one entry each). */
  readonly ids: readonly string[];
  /** Each ticket's record as JSON text, in the order of `ids`. */
  readonly texts: readonly string[];
  /** The open tickets' places in the queue (index `queue`, one entry each). */
  readonly queue: readonly QueueEntry[];
  /** The closed tickets' last changes (index `closed`, one entry each). */
  readonly closed: readonly ClosedEntry[];
  /** 1 while the page holds an open ticket (index `hasOpen`): the board's whole list reads these. */
  readonly hasOpen?: 1;
}

function queueEntryOf(record: TicketRecord): QueueEntry[] {
  return record.queueKey === undefined || record.numberKey === undefined ? [] : [[record.queueKey, record.numberKey, record.id]];
}

function closedEntryOf(record: TicketRecord): ClosedEntry[] {
  return record.closedKey === undefined ? [] : [[record.closedKey, record.id]];
}

function withIndexes(id: number, ids: string[], texts: string[], queue: QueueEntry[], closed: ClosedEntry[]): TicketPage {
  return queue.length > 0 ? { id, ids, texts, queue, closed, hasOpen: 1 } : { id, ids, texts, queue, closed };
}

/** A ticket's record and its JSON text, made once. */
interface Placed {
  readonly record: TicketRecord;
  readonly text: string;
}

function placedOf(records: readonly TicketRecord[]): Placed[] {
  return records.map((record) => ({ record, text: JSON.stringify(record) }));
}

function pageOfPlaced(id: number, placed: readonly Placed[]): TicketPage {
  return withIndexes(
    id,
    placed.map((p) => p.record.id),
    placed.map((p) => p.text),
    placed.flatMap((p) => queueEntryOf(p.record)),
    placed.flatMap((p) => closedEntryOf(p.record)),
  );
}

/** How many characters of text a page holds. */
function charactersOn(page: TicketPage): number {
  return page.texts.reduce((n, text) => n + text.length, 0);
}

/**
 * How tickets of these texts, in order, go onto pages after a page that holds `count` tickets of
 * `characters`: the first number goes onto that page (perhaps none), each further one onto a new
 * page. A page takes a ticket while it holds fewer than TICKETS_PER_PAGE and the ticket's text
 * keeps it within PAGE_CHARACTERS; an empty page takes any ticket.
 */
export function pageSplits(count: number, characters: number, texts: readonly string[]): number[] {
  const splits = [0];
  let [n, size] = [count, characters];
  for (const text of texts) {
    if (n >= TICKETS_PER_PAGE || (n > 0 && size + text.length > PAGE_CHARACTERS)) {
      splits.push(0);
      [n, size] = [0, 0];
    }
    splits[splits.length - 1]! += 1;
    n += 1;
    size += text.length;
  }
  return splits;
}

/** New pages, numbered from `firstId`, holding `records` in their order (pageSplits). */
export function pagesOf(firstId: number, records: readonly TicketRecord[]): TicketPage[] {
  const placed = placedOf(records);
  return newPages(
    firstId,
    placed,
    pageSplits(
      TICKETS_PER_PAGE,
      0,
      placed.map((p) => p.text),
    ).slice(1),
  );
}

function newPages(firstId: number, placed: readonly Placed[], sizes: readonly number[]): TicketPage[] {
  const pages: TicketPage[] = [];
  let at = 0;
  for (const size of sizes) {
    pages.push(pageOfPlaced(firstId + pages.length, placed.slice(at, at + size)));
    at += size;
  }
  return pages;
}

/**
 * The page with `changes` made: a ticket changed in place (null: taken off the page), then
 * `added` after the rest. The other tickets' texts are kept as they are, never parsed.
 */
export function pageWith(page: TicketPage, changes: ReadonlyMap<string, TicketRecord | null>, added: readonly TicketRecord[] = []): TicketPage {
  return pageWithPlaced(page, changes, placedOf(added));
}

function pageWithPlaced(page: TicketPage, changes: ReadonlyMap<string, TicketRecord | null>, added: readonly Placed[]): TicketPage {
  const ids: string[] = [];
  const texts: string[] = [];
  const changed: TicketRecord[] = [];
  page.ids.forEach((id, i) => {
    const change = changes.get(id);
    if (change === null) return;
    ids.push(id);
    texts.push(change ? JSON.stringify(change) : page.texts[i]!);
    if (change) changed.push(change);
  });
  for (const { record, text } of added) {
    ids.push(record.id);
    texts.push(text);
  }
  const kept = <T extends readonly unknown[]>(entries: readonly T[], idAt: number) => entries.filter((e) => !changes.has(e[idAt] as string));
  const now = [...changed, ...added.map((p) => p.record)];
  return withIndexes(page.id, ids, texts, [...kept(page.queue, 2), ...now.flatMap(queueEntryOf)], [...kept(page.closed, 1), ...now.flatMap(closedEntryOf)]);
}

/** The record of ticket `id` on `page`, or undefined when it is not there. */
function recordOnPage(page: TicketPage | undefined, id: string): TicketRecord | undefined {
  const i = page ? page.ids.indexOf(id) : -1;
  return i < 0 ? undefined : (JSON.parse(page!.texts[i]!) as TicketRecord);
}

/** Every record on `page`, in its order. */
function recordsOnPage(page: TicketPage): TicketRecord[] {
  return page.texts.map((text) => JSON.parse(text) as TicketRecord);
}

/**
 * The page each ticket is on, as a read-write transaction has read or written it. A command reads
 * its ticket's page to decide, writes it, and reads the ticket back, all in one transaction: the
 * page is read from IndexedDB once. Kept per IndexedDB transaction, so nothing outlives it; every
 * write of pages in it goes through this module (writeTicketRecords, clearTicketPages).
 */
const pagesSeen = new WeakMap<IDBTransaction, Map<string, TicketPage>>();

/** The pages seen in the running read-write transaction; none outside one. */
function seenPages(): Map<string, TicketPage> | undefined {
  const tx = Dexie.currentTransaction as typeof Dexie.currentTransaction | null | undefined;
  if (!tx || tx.mode !== 'readwrite' || !tx.idbtrans) return undefined;
  let seen = pagesSeen.get(tx.idbtrans);
  if (!seen) pagesSeen.set(tx.idbtrans, (seen = new Map()));
  return seen;
}

function noteSeen(seen: Map<string, TicketPage> | undefined, pages: readonly TicketPage[]): void {
  if (seen) for (const page of pages) for (const id of page.ids) seen.set(id, page);
}

/** Up to this many ids are looked up one request each; more are found in one walk of the index. */
const LOOKUPS_AT_ONCE = 32;

/**
 * The pages holding any of `ids`, each once. A few ids (a command, a registration) are each a
 * keyed request, answered in one go; many (an import, a pull) are one walk of the index (Dexie's
 * `anyOf`, a cursor that steps from one id to the next).
 */
async function pagesHolding(db: KlokDB, ids: readonly string[]): Promise<TicketPage[]> {
  const seen = seenPages();
  const known = seen ? ids.flatMap((id) => seen.get(id) ?? []) : [];
  const unknown = seen ? ids.filter((id) => !seen.has(id)) : ids;
  const read =
    unknown.length === 0
      ? []
      : unknown.length <= LOOKUPS_AT_ONCE
        ? (await Promise.all(unknown.map((id) => db.ticketPages.where('ids').equals(id).first()))).flatMap((p) => (p ? [p] : []))
        : await db.ticketPages.where('ids').anyOf(unknown).toArray();
  noteSeen(seen, read);
  return [...new Map([...known, ...read].map((p) => [p.id, p])).values()];
}

/** The record of one ticket; undefined when the desk has no such ticket. */
export async function ticketRecord(db: KlokDB, id: string): Promise<TicketRecord | undefined> {
  return recordOnPage((await pagesHolding(db, [id]))[0], id);
}

/** The records of `ids`, in their order; undefined where the desk has no such ticket. */
export async function ticketRecords(db: KlokDB, ids: readonly string[]): Promise<(TicketRecord | undefined)[]> {
  const pageOfId = new Map<string, TicketPage>();
  for (const page of await pagesHolding(db, ids)) for (const id of page.ids) pageOfId.set(id, page);
  return ids.map((id) => recordOnPage(pageOfId.get(id), id));
}

/** Every ticket's record, by id: what a test compares, or a check of the whole desk. */
export async function allTicketRecords(db: KlokDB): Promise<TicketRecord[]> {
  const records = (await db.ticketPages.toArray()).flatMap(recordsOnPage);
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How many tickets the desk holds (open and closed): the `ids` index's entries. */
export function countTicketRecords(db: KlokDB): Promise<number> {
  return db.ticketPages.orderBy('ids').count();
}

/** Whether the desk holds any ticket, reading at most one key. */
export async function hasTicketRecords(db: KlokDB): Promise<boolean> {
  return (await db.ticketPages.limit(1).primaryKeys()).length > 0;
}

function byQueuePlace(a: QueueEntry, b: QueueEntry): number {
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
}

/**
 * Every open ticket's record, in queue order (place, then number): read from the pages that hold
 * an open ticket (`hasOpen`), never the pages of closed tickets alone (a desk may hold 100,000).
 * Call inside a transaction to read with other tables.
 */
export async function openTicketRecords(db: KlokDB): Promise<TicketRecord[]> {
  const pages = await db.ticketPages.where('hasOpen').equals(1).toArray();
  const places = pages.flatMap((page) => page.queue.map((entry) => ({ entry, page })));
  places.sort((a, b) => byQueuePlace(a.entry, b.entry));
  return places.map(({ entry, page }) => recordOnPage(page, entry[2])!);
}

/** An index entry's key and the page it points to, as a walk of the index gives them. */
interface Entry<K> {
  readonly key: K;
  readonly pageId: number;
}

/** The entries of `collection` (an index walk), key and page together, in one walk. */
async function entriesOf<K>(collection: Collection<TicketPage, number>): Promise<Entry<K>[]> {
  const entries: Entry<K>[] = [];
  await collection.eachKey((key, cursor) => void entries.push({ key: key as unknown as K, pageId: cursor.primaryKey }));
  return entries;
}

/**
 * The first `limit` open tickets' records in queue order: the `queue` index's first entries, and
 * the pages they point to. Call inside a transaction to read with other tables.
 */
export async function firstOpenTicketRecords(db: KlokDB, limit: number): Promise<TicketRecord[]> {
  return db.transaction('r', db.ticketPages, async () => {
    const entries = await entriesOf<QueueEntry>(db.ticketPages.orderBy('queue').limit(limit));
    const pages = new Map((await db.ticketPages.bulkGet([...new Set(entries.map((e) => e.pageId))])).flatMap((p) => (p ? [[p.id, p] as const] : [])));
    return entries.flatMap(({ key, pageId }) => {
      const record = recordOnPage(pages.get(pageId), key[2]);
      return record ? [record] : [];
    });
  });
}

/** The `closed` index's entries read per step of a walk: a page of the list rarely needs a second. */
const CLOSED_STEP = 200;

/**
 * Closed tickets' records, most recently changed first (the `closed` index backwards), that
 * `matches`: the `limit` after the first `offset` matches. Walks the index a step at a time, each
 * step after the last key of the one before, and stops as soon as it has them. A page is read at
 * most once: its closed tickets are all judged when it is read.
 */
export async function closedTicketRecords(db: KlokDB, matches: (record: TicketRecord) => boolean, offset: number, limit: number): Promise<TicketRecord[]> {
  if (limit <= 0) return [];
  return db.transaction('r', db.ticketPages, async () => {
    const found: TicketRecord[] = [];
    const judged = new Map<string, TicketRecord | null>();
    let skipped = 0;
    let after: ClosedEntry | null = null;
    for (;;) {
      const walk: Collection<TicketPage, number> = after === null ? db.ticketPages.orderBy('closed') : db.ticketPages.where('closed').below([...after]);
      const entries: Entry<ClosedEntry>[] = await entriesOf<ClosedEntry>(walk.reverse().limit(CLOSED_STEP));
      const unread = [...new Set(entries.filter((e) => !judged.has(e.key[1])).map((e) => e.pageId))];
      for (const page of await db.ticketPages.bulkGet(unread)) {
        for (const [, id] of page?.closed ?? []) {
          const record = recordOnPage(page, id)!;
          judged.set(id, matches(record) ? record : null);
        }
      }
      for (const { key } of entries) {
        const record = judged.get(key[1]);
        if (!record) continue;
        if (skipped < offset) skipped += 1;
        else found.push(record);
        if (found.length === limit) return found;
      }
      if (entries.length < CLOSED_STEP) return found;
      after = entries.at(-1)!.key;
    }
  });
}

/**
 * Writes each ticket's record into its page, in the caller's transaction: a changed ticket in place,
 * a new one on the newest page while it has room, then on new pages; null takes a ticket off its
 * page (an empty page is deleted).
 */
export async function writeTicketRecords(db: KlokDB, changes: ReadonlyMap<string, TicketRecord | null>): Promise<void> {
  if (changes.size === 0) return;
  const pages = new Map((await pagesHolding(db, [...changes.keys()])).map((p) => [p.id, p]));
  const onPages = new Set([...pages.values()].flatMap((p) => p.ids));
  const added = [...changes].flatMap(([id, record]) => (record && !onPages.has(id) ? [record] : []));
  const written = new Map([...pages].map(([id, page]) => [id, pageWith(page, changes)]));
  if (added.length > 0) {
    const newestKey = (await db.ticketPages.orderBy(':id').reverse().limit(1).primaryKeys())[0];
    const newest = newestKey === undefined ? undefined : (written.get(newestKey) ?? (await db.ticketPages.get(newestKey)));
    const placed = placedOf(added);
    const [onNewest = 0, ...sizes] = pageSplits(
      newest?.ids.length ?? TICKETS_PER_PAGE,
      newest ? charactersOn(newest) : 0,
      placed.map((p) => p.text),
    );
    if (newest && onNewest > 0) written.set(newest.id, pageWithPlaced(newest, new Map(), placed.slice(0, onNewest)));
    for (const page of newPages((newestKey ?? 0) + 1, placed.slice(onNewest), sizes)) written.set(page.id, page);
  }
  const empty = [...written.values()].filter((p) => p.ids.length === 0).map((p) => p.id);
  const full = [...written.values()].filter((p) => p.ids.length > 0);
  await Promise.all([db.ticketPages.bulkPut(full), empty.length > 0 ? db.ticketPages.bulkDelete(empty) : undefined]);
  const seen = seenPages();
  if (seen) for (const [id, record] of changes) if (record === null) seen.delete(id);
  noteSeen(seen, full);
}

/** Takes every ticket off the desk (an import replaces the desk), in the caller's transaction. */
export async function clearTicketPages(db: KlokDB): Promise<void> {
  await db.ticketPages.clear();
  seenPages()?.clear();
}
