/**
 * `npm run bench:shapes`: what IndexedDB in Chromium takes to write (and read back) the records
 * of a 10,000-ticket import in different record shapes: the evidence behind decision 23. Each
 * shape is written in one strict-durability transaction into a fresh database, four rounds, shapes
 * interleaved so a change in the machine's load hits them alike. Not a goal of its own: it shows
 * what a storage layout costs before anyone builds it.
 */
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContractPlans } from '../../src-shared/desk/contract-plans';
import { readDeskFile } from '../../src-shared/desk/read-desk-file';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import { rowOfStored } from '../../src-shared/desk-log/projections/open-ticket-log';
import { generatedDeskFile } from '../../src-shared/test-support/generated-desk';
import { toStored } from '../../src-renderer/db/stored-event';

type Index = readonly [name: string, keyPath: string | string[]];
interface Shape {
  readonly name: string;
  readonly stores: Record<string, readonly Index[]>;
  readonly data: Record<string, readonly unknown[]>;
}

const ROUNDS = Number(process.env['KLOK_BENCH_RUNS'] ?? 4);
const file = readDeskFile(generatedDeskFile({ open: 10_000, closed: 0, now: Date.now() }), new ContractPlans(), {
  newDeskId: 'desk',
  workstation: 'ws',
  by: 'Bench',
});
const projected = projectDesk(file.events, new ContractPlans());
const events = file.events.map(toStored);
const tickets = projected.tickets;
const streams = new Map<string, unknown[]>();
for (const e of events) streams.set(e.stream, [...(streams.get(e.stream) ?? []), e]);

const LOG: readonly Index[] = [
  ['[stream+order]', ['stream', 'order']],
  ['order', 'order'],
  ['ref', 'ref'],
];
const TICKETS: readonly Index[] = [
  ['number', 'number'],
  ['customerId', 'customerId'],
  ['[isOpen+updatedAt]', ['isOpen', 'updatedAt']],
];
const QUEUE: Index = ['[queueKey+numberKey]', ['queueKey', 'numberKey']];
const blocksOf = (list: readonly unknown[], size: number) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => ({
    id: String(i).padStart(6, '0'),
    events: JSON.stringify(list.slice(i * size, (i + 1) * size)),
  }));

const SHAPES: readonly Shape[] = [
  {
    name: 'schema 15: an event per record, rows, open logs apart',
    stores: { log: LOG, tickets: TICKETS, openTicketLogs: [QUEUE] },
    data: {
      log: events,
      tickets: tickets.map(rowOfStored),
      openTicketLogs: tickets.flatMap((t) => (t.events ? [{ id: t.id, events: t.events, queueKey: t.queueKey, numberKey: t.numberKey }] : [])),
    },
  },
  { name: 'schema 17: an event per record, one record per ticket', stores: { log: LOG, tickets: [...TICKETS, QUEUE] }, data: { log: events, tickets } },
  {
    name: 'a record per stream (events as JSON), one per ticket',
    stores: { streams: [['ref', 'ref']], tickets: [...TICKETS, QUEUE] },
    data: { streams: [...streams].map(([id, list]) => ({ id, events: JSON.stringify(list) })), tickets },
  },
  {
    name: 'a ticket’s events inside its record',
    stores: { tickets: [...TICKETS, QUEUE, ['ref', 'ref']] },
    data: { tickets: tickets.map((t) => ({ ...t, log: JSON.stringify(streams.get(t.id)) })) },
  },
  {
    name: 'blocks of 500 events (JSON), one record per ticket',
    stores: { blocks: [], tickets: [...TICKETS, QUEUE] },
    data: { blocks: blocksOf(events, 500), tickets },
  },
  { name: '10,000 records holding only their id', stores: { bare: [] }, data: { bare: tickets.map((t) => ({ id: t.id })) } },
];

/** In the page: writes a shape into a new database in one transaction, reads it back, deletes it. */
async function writeShape(shape: Shape): Promise<{ records: number; write: number; read: number }> {
  const done = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const name = `shape-${Math.random()}`;
  const opening = indexedDB.open(name, 1);
  opening.onupgradeneeded = () => {
    for (const [store, indexes] of Object.entries(shape.stores)) {
      const created = opening.result.createObjectStore(store, { keyPath: 'id' });
      for (const [index, keyPath] of indexes) created.createIndex(index, keyPath);
    }
  };
  const db = await done(opening);
  const names = Object.keys(shape.stores);
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(names, 'readwrite', { durability: 'strict' });
    for (const [store, rows] of Object.entries(shape.data)) for (const row of rows) tx.objectStore(store).put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const write = performance.now() - t0;
  const t1 = performance.now();
  const tx = db.transaction(names, 'readonly');
  const read = await Promise.all(names.map((store) => done(tx.objectStore(store).getAll())));
  const readMs = performance.now() - t1;
  db.close();
  await done(indexedDB.deleteDatabase(name));
  return { records: read.reduce((n, rows) => n + rows.length, 0), write, read: readMs };
}

const profile = await mkdtemp(join(tmpdir(), 'klok-shapes-'));
const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true });
try {
  const page = context.pages()[0] ?? (await context.newPage());
  // IndexedDB needs an origin; nothing is served but this empty page. tsx names functions with __name.
  await page.route('http://127.0.0.1:5999/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>shapes</title>' }));
  await page.goto('http://127.0.0.1:5999/');
  await page.evaluate('window.__name = (f) => f');
  const samples = new Map(SHAPES.map((s) => [s.name, { records: 0, write: [] as number[], read: [] as number[] }]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const shape of SHAPES) {
      const r = await page.evaluate(writeShape, shape);
      const s = samples.get(shape.name)!;
      s.records = r.records;
      s.write.push(r.write);
      s.read.push(r.read);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  console.log(`IndexedDB in Chromium, a 10,000-ticket import (${events.length.toLocaleString('en-US')} events), median of ${ROUNDS}:`);
  for (const [name, s] of samples) {
    console.log(
      `  ${name.padEnd(56)} ${s.records.toLocaleString('en-US').padStart(7)} records  write ${median(s.write).toFixed(0).padStart(6)} ms  read ${median(s.read).toFixed(0).padStart(5)} ms`,
    );
  }
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
