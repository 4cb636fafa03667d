/// <reference lib="dom" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generatedDeskFile } from '../src-shared/test-support/generated-desk';
import { DeskPage } from './pages/desk-page';
import { expect, test } from './support/fixtures';
import { launchPersistentChromium, type PersistentChromium } from './support/persistent-chromium';

/**
 * A crash never loses a committed change and never leaves half of one (issue 12). Chromium runs on
 * a profile folder of its own and is killed with SIGKILL — no shutdown, no flush — in the middle of
 * a large import and of a burst of registrations, at several moments; started again on the same
 * profile, the store must hold everything acknowledged before the kill and nothing partial.
 */

const IMPORTED_TICKETS = 1_500;

/** What the store holds, read with IndexedDB itself (not through Klok's code), and whether its parts agree. */
interface StoreFacts {
  readonly events: number;
  readonly tickets: number;
  readonly titles: string[];
  /** Ticket rows whose event count differs from their stream's events in the log, and streams with a `created` event but no row. */
  readonly disagreements: string[];
}

async function storeFacts(page: Page): Promise<StoreFacts> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('klok');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    // The log is kept in blocks of events, each block's events as JSON (decision 24).
    const blocks = await all<{ events: string }>('logBlocks');
    const log = blocks.flatMap((b) => JSON.parse(b.events) as { stream: string; kind: string }[]);
    // An open ticket's record holds its log, as JSON text (decision 25); the records are kept on
    // pages of tickets, each record as JSON text (decision 29).
    type Ticket = { id: string; title: string; eventCount: number; isOpen: number; log?: string };
    const pages = await all<{ texts: string[] }>('ticketPages');
    const tickets = pages.flatMap((p) => p.texts.map((text) => JSON.parse(text) as Ticket));
    const openLogs = tickets.filter((t) => t.log !== undefined);
    db.close();
    const perStream = new Map<string, number>();
    for (const e of log) perStream.set(e.stream, (perStream.get(e.stream) ?? 0) + 1);
    const rows = new Map(tickets.map((t) => [t.id, t]));
    const disagreements = [
      ...tickets
        .filter((t) => t.eventCount !== perStream.get(t.id))
        .map((t) => `ticket ${t.id}: ${t.eventCount} events on its row, ${perStream.get(t.id) ?? 0} in the log`),
      ...log.filter((e) => e.kind === 'created' && !rows.has(e.stream)).map((e) => `ticket ${e.stream}: created in the log, no row`),
      ...(openLogs.length === tickets.filter((t) => t.isOpen === 1).length
        ? []
        : [`${openLogs.length} open logs for ${tickets.filter((t) => t.isOpen === 1).length} open tickets`]),
    ];
    return { events: log.length, tickets: tickets.length, titles: tickets.map((t) => t.title), disagreements };
  });
}

function bigDeskFile(): string {
  return generatedDeskFile({ open: IMPORTED_TICKETS, closed: 0, now: Date.now() });
}

test.describe('a crash', () => {
  test.describe.configure({ timeout: 180_000 });
  let profile: string;
  let chromium: PersistentChromium | null = null;
  test.beforeEach(async () => {
    profile = await mkdtemp(join(tmpdir(), 'klok-crash-'));
  });
  test.afterEach(async () => {
    await chromium?.close();
    chromium = null;
    await rm(profile, { recursive: true, force: true });
  });

  /** Starts (or starts again) Chromium on the test's profile and opens Klok. */
  async function openKlok(baseURL: string): Promise<DeskPage> {
    chromium = await launchPersistentChromium(profile);
    await chromium.page.goto(baseURL);
    const desk = new DeskPage(chromium.page);
    await desk.waitUntilReady();
    return desk;
  }

  for (const killAfterMs of [150, 900, 2_500]) {
    test(`during a large import (killed ${killAfterMs} ms in) leaves the old desk or the whole new one`, async ({ baseURL }) => {
      const file = bigDeskFile();
      let desk = await openKlok(baseURL ?? '');
      await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
      await desk.registerTicket({ title: 'Before the import' });
      const before = await storeFacts(desk.page);
      const dialog = await desk.openDeskData();
      await dialog.root.getByLabel('Desk file to import').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      await dialog.root.getByRole('button', { name: 'Import desk… big.json' }).click();
      await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      const wasAcknowledged = await desk.messages.getByText(/Imported/).isVisible();
      await chromium?.kill();

      desk = await openKlok(baseURL ?? '');
      const after = await storeFacts(desk.page);
      expect(after.disagreements).toEqual([]);
      if (wasAcknowledged) expect(after.tickets).toBe(IMPORTED_TICKETS);
      else expect([before.tickets, IMPORTED_TICKETS]).toContain(after.tickets);
      if (after.tickets === before.tickets) expect(after).toEqual(before);
      test.info().annotations.push({
        type: 'outcome',
        description: `killed ${killAfterMs} ms in: ${after.tickets === IMPORTED_TICKETS ? 'the new desk, whole' : 'the old desk, untouched'}`,
      });
    });
  }

  for (const killAfterMs of [700, 2_000]) {
    test(`during a burst of registrations (killed ${killAfterMs} ms in) keeps every acknowledged ticket, whole`, async ({ baseURL }) => {
      let desk = await openKlok(baseURL ?? '');
      await desk.addCustomer('Gemeente Houten', 'Scope4mation basic SLA', 'Support');
      const acknowledged: string[] = [];
      const killed = new Promise<void>((resolve) => setTimeout(() => void chromium?.kill().then(resolve), killAfterMs));
      for (let i = 1; i <= 40; i++) {
        const title = `Burst ${i}`;
        const done = await desk.registerTicket({ title }).then(
          () => true,
          () => false,
        );
        if (!done) break;
        acknowledged.push(title);
      }
      await killed;
      expect(acknowledged.length, 'the kill came before the burst ended').toBeLessThan(40);

      desk = await openKlok(baseURL ?? '');
      const after = await storeFacts(desk.page);
      expect(after.disagreements).toEqual([]);
      expect(after.titles).toEqual(expect.arrayContaining(acknowledged));
      expect(after.tickets - acknowledged.length).toBeLessThanOrEqual(1);
      test
        .info()
        .annotations.push({ type: 'outcome', description: `${acknowledged.length} acknowledged before the kill, ${after.tickets} in the store after it` });
    });
  }
});
