import { ContractPlans } from '../src-shared/desk/contract-plans';
import { readDeskFile } from '../src-shared/desk/read-desk-file';
import { projectDesk } from '../src-shared/desk-log/project-desk';
import { generatedDeskFile } from '../src-shared/test-support/generated-desk';
import { toStored } from '../src-renderer/db/stored-event';
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';

// Wed 4 March 2026, 11:00 in Amsterdam.
const WEDNESDAY_1100 = '2026-03-04T11:00:00+01:00';

declare global {
  interface Window {
    /** The upgrade notices the page showed (recorded by the test). */
    klokNotices?: string[];
  }
}

/** Version 17's stores as Dexie declared them (a shipped version never changes; a unit test holds this file to SCHEMA_VERSIONS). */
const SCHEMA_17_STORES = JSON.parse(readFileSync(new URL('./support/schema-17-stores.json', import.meta.url), 'utf8')) as Record<string, string>;

test.describe('a store written by an older Klok', () => {
  test('opens with its log moved into blocks, saying how far the move is while it runs (decision 24)', async ({ page, desk, startAt }) => {
    const now = Date.parse(WEDNESDAY_1100);
    const file = readDeskFile(generatedDeskFile({ open: 30, closed: 0, now }), new ContractPlans(), {
      newDeskId: 'desk-old',
      workstation: 'ws-old',
      by: 'Old',
    });
    const rows = projectDesk(file.events, new ContractPlans());
    const data: Record<string, readonly unknown[]> = {
      log: file.events.map(toStored),
      workstations: rows.workstations,
      deskSettings: rows.deskSettings,
      customers: rows.customers,
      contracts: rows.contracts,
      agents: rows.agents,
      tickets: rows.tickets,
      policies: rows.policies,
      settings: [{ key: 'deskId', value: file.deskId }],
    };

    await test.step('Arrange: the store as Klok with schema version 17 left it, one record per event', async () => {
      await startAt(WEDNESDAY_1100);
      // A blank page of the app's origin (so of its IndexedDB), where the old store is written.
      await page.route('**/__old-store', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>old store</title>' }));
      await page.goto('/__old-store');
      await page.evaluate(
        async ({ stores, data }) => {
          const request = <T>(r: IDBRequest<T>) =>
            new Promise<T>((resolve, reject) => {
              r.onsuccess = () => resolve(r.result);
              r.onerror = () => reject(r.error);
            });
          // Dexie's schema syntax: the first entry is the key (`++` counts), then indexes (`&` unique, `*` multi-entry, `[a+b]` compound).
          const keyPathOf = (name: string) => (name.startsWith('[') ? name.slice(1, -1).split('+') : name);
          const opening = indexedDB.open('klok', 170);
          opening.onupgradeneeded = () => {
            for (const [name, spec] of Object.entries(stores)) {
              const [key = '', ...indexes] = spec.split(',').map((s) => s.trim());
              const autoIncrement = key.startsWith('++');
              const keyName = key.replace(/^\+\+/, '');
              const store = opening.result.createObjectStore(name, keyName ? { keyPath: keyPathOf(keyName), autoIncrement } : { autoIncrement });
              for (const index of indexes.filter(Boolean)) {
                const indexName = index.replace(/^[&*]/, '');
                store.createIndex(indexName, keyPathOf(indexName), { unique: index.startsWith('&'), multiEntry: index.startsWith('*') });
              }
            }
          };
          const db = await request(opening);
          const tx = db.transaction(Object.keys(data), 'readwrite');
          for (const [name, records] of Object.entries(data)) for (const record of records) tx.objectStore(name).put(record);
          await new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          db.close();
        },
        { stores: SCHEMA_17_STORES, data },
      );
      await page.addInitScript(() => {
        const notices: string[] = [];
        window.klokNotices = notices;
        new MutationObserver((changes) => {
          for (const change of changes)
            for (const node of change.addedNodes)
              if (node instanceof HTMLElement && node.matches('[data-upgrade-notice]')) notices.push(node.textContent ?? '');
        }).observe(document, { subtree: true, childList: true });
      });
    });

    await test.step('Act: start this Klok on it', async () => {
      await desk.open();
    });

    await test.step('Assert: the notice said how far the move was; the desk is whole', async () => {
      const events = file.events.length.toLocaleString('en-US');
      expect(await page.evaluate(() => window.klokNotices)).toEqual([
        `Updating this workstation’s store for this version of Klok: ${events} of ${events} events moved. This happens once; a large desk takes a few minutes.`,
      ]);
      await expect(desk.ticketCount('30 of 30 open tickets')).toBeVisible();
      const stores = await page.evaluate(async () => {
        const opening = indexedDB.open('klok');
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          opening.onsuccess = () => resolve(opening.result);
          opening.onerror = () => reject(opening.error);
        });
        const names = [...db.objectStoreNames];
        const blocks = await new Promise<{ count: number }[]>((resolve, reject) => {
          const r = db.transaction('logBlocks').objectStore('logBlocks').getAll();
          r.onsuccess = () => resolve(r.result as { count: number }[]);
          r.onerror = () => reject(r.error);
        });
        db.close();
        return { names, events: blocks.reduce((n, b) => n + b.count, 0) };
      });
      expect(stores.names).not.toContain('log');
      expect(stores.events).toBe(file.events.length);
    });
  });
});
