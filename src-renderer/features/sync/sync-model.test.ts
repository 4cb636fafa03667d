import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { SyncLink } from '../../../src-shared/sync/sync-link';
import { at } from '../../../src-shared/test-support/instants';
import { propertyRuns } from '../../../src-shared/test-support/properties';
import { InputError } from '../../../src-shared/validation/issues';
import type { KlokDB } from '../../db/klok-db';
import { addCustomer } from '../../store/desk-store';
import { deleteFreshDbs, freshDb, plans } from '../../store/store-test-support';
import { joinSharedDesk, localDigest } from '../../store/sync-store';
import { joinDesk } from '../../store/write-events';
import { registerTicket, runTicketCommand } from '../../store/ticket-store';
import type { TicketCommand } from '../../../src-shared/ticket/ticket-commands';
import { syncClient, type Fetch } from './sync-client';
import { SyncEngine } from './sync-engine';
import { serversUnderTest } from './sync-servers-under-test';
import { readLog, countLog } from '../../db/log-blocks';
import { allTicketRecords } from '../../db/ticket-pages';

/**
 * The model test of team sync: several workstations share a desk through a server while the
 * network drops requests, drops answers and delivers requests twice, workstations go offline for a
 * while and crash (their engine is thrown away mid-work; only what IndexedDB committed survives).
 * After quiescence — everyone online, a clean network, a few rounds each — no event any workstation
 * wrote is lost, none is doubled on the server, and every workstation shows identical projections
 * (so identical clocks) and digests.
 */

afterEach(deleteFreshDbs);

const START = at('2026-03-02T08:00:00+01:00'); // Monday

/**
 * What the network does to one request: delivers it, loses it, loses its answer, delivers it twice,
 * or holds it and delivers it late — after requests sent later (reordered), its answer lost.
 */
type Fate = 'deliver' | 'drop-request' | 'drop-answer' | 'twice' | 'late';
const fate = fc.constantFrom<Fate>('deliver', 'deliver', 'deliver', 'drop-request', 'drop-answer', 'twice', 'late');

const actions = (workstations: number) =>
  fc.array(
    fc.oneof(
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('write' as const), ws: fc.nat(workstations - 1), pick: fc.nat(1_000) }) },
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), ws: fc.nat(workstations - 1) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('offline' as const), ws: fc.nat(workstations - 1) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('online' as const), ws: fc.nat(workstations - 1) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('crash' as const), ws: fc.nat(workstations - 1) }) },
    ),
    { minLength: 5, maxLength: 30 },
  );

interface Station {
  readonly db: KlokDB;
  readonly link: SyncLink;
  readonly actor: { by: string; workstation: string };
  engine: SyncEngine;
  isOffline: boolean;
}

const COMMANDS: readonly TicketCommand[] = [
  { kind: 'respond' },
  { kind: 'assign', assignee: 'Anna' },
  { kind: 'assign', assignee: 'Bram' },
  { kind: 'escalate', line: 'second' },
  { kind: 'add_note', note: 'Called back' },
  { kind: 'resolve' },
  { kind: 'reopen' },
];

/** One local change on a workstation: a new ticket, or a command on one of its tickets (a refused command writes nothing). */
async function write(station: Station, pick: number, now: number): Promise<void> {
  const contract = (await station.db.contracts.toArray())[0];
  if (!contract) {
    await addCustomer(station.db, plans, { name: `Klant ${pick}`, contractName: 'Support', policyId: 'scope4mation', planId: 'support' }, station.actor, now);
    return;
  }
  const tickets = await allTicketRecords(station.db);
  if (tickets.length === 0 || pick % 3 === 0) {
    await registerTicket(
      station.db,
      plans,
      { contractId: contract.id, title: `Storing ${pick}`, type: 'bug', environment: 'production', channel: 'portal' },
      station.actor,
      now,
    );
    return;
  }
  const ticket = tickets[pick % tickets.length]!;
  try {
    await runTicketCommand(station.db, plans, ticket.id, COMMANDS[pick % COMMANDS.length]!, station.actor, now);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
}

const projections = async (db: KlokDB) => {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    tickets: byId(await allTicketRecords(db)),
    customers: byId(await db.customers.toArray()),
    contracts: byId(await db.contracts.toArray()),
    workstations: byId(await db.workstations.toArray()),
  };
};

const servers = await serversUnderTest();
afterAll(() => servers.close());

describe.each(servers.list)('team sync through $name', (server) => {
  it('loses no event, doubles none, and leaves every workstation with identical clocks after quiescence', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 3 }).chain((n) => fc.tuple(fc.constant(n), actions(n), fc.infiniteStream(fate))),
        async ([n, plan, fates]) => {
          const desk = await server.newDesk();
          let clock = START;
          let isChaotic = true;
          const fateOf = (() => {
            const it = fates[Symbol.iterator]();
            return () => (isChaotic ? (it.next().value as Fate) : 'deliver');
          })();
          const stations: Station[] = [];
          // Requests the network holds back; delivered newest first before a later action.
          const held: (() => Promise<Response>)[] = [];
          const deliverHeld = async () => {
            for (const request of held.splice(0).reverse()) await request();
          };
          const makeEngine = (station: Omit<Station, 'engine'> & { isOffline: boolean }) => {
            const network: Fetch = async (url, init) => {
              if (station.isOffline) throw new TypeError('Failed to fetch');
              // Wake-up streams are not part of the model: rounds are run by the test.
              const f = fateOf();
              if (f === 'drop-request') throw new TypeError('Failed to fetch');
              if (f === 'late') {
                held.push(() => desk.fetch(url, init));
                throw new TypeError('network connection lost');
              }
              const answer = await desk.fetch(url, init);
              if (f === 'twice') await desk.fetch(url, init);
              if (f === 'drop-answer') throw new TypeError('network connection lost');
              return answer;
            };
            return new SyncEngine({
              db: station.db,
              plans,
              client: syncClient(network),
              now: () => clock,
              random: () => 0.5,
              setTimer: () => () => undefined,
              onApplied: () => undefined,
              onStatus: () => undefined,
            });
          };
          for (let i = 0; i < n; i += 1) {
            const db = freshDb();
            const actor = { by: `Agent ${i}`, workstation: `ws-${i}` };
            // The first workstation brings a desk of its own (a customer and a ticket) when it joins.
            if (i === 0) {
              await write({ db, actor, isOffline: false } as Station, 0, clock);
              await write({ db, actor, isOffline: false } as Station, 3, clock + 1);
            }
            // Joining as the Team sync dialog does: the workstation's own code, then the server's lease.
            const ownCode = await joinDesk(db, plans, actor, clock);
            const { link, ticketCode } = await desk.enrol(actor.workstation, ownCode);
            await joinSharedDesk(db, link, { code: ticketCode, actor, plans, now: clock });
            const partial = { db, link, actor, isOffline: false };
            stations.push(Object.assign(partial, { engine: makeEngine(partial) }));
          }

          for (const action of plan) {
            clock += 60_000;
            const station = stations[action.ws]!;
            if (action.ws === 0) await deliverHeld();
            if (action.kind === 'write') await write(station, action.pick, clock);
            else if (action.kind === 'sync') await station.engine.syncNow();
            else if (action.kind === 'offline') station.isOffline = true;
            else if (action.kind === 'online') station.isOffline = false;
            else station.engine = makeEngine(station);
          }

          // Quiescence: everyone online on a clean network, rounds until nothing moves.
          isChaotic = false;
          await deliverHeld();
          for (const s of stations) s.isOffline = false;
          for (let round = 0; round < 2; round += 1) for (const s of stations) await s.engine.syncNow();

          // Every ticket has its own number: each workstation numbered with the code it leased.
          const numbers = (await allTicketRecords(stations[0]!.db)).map((t) => t.number);
          expect(new Set(numbers).size).toBe(numbers.length);
          const serverIds = await desk.ids();
          expect(new Set(serverIds).size).toBe(serverIds.length);
          const written = new Set<string>();
          for (const s of stations) for (const e of await readLog(s.db)) written.add(e.id);
          expect(new Set(serverIds)).toEqual(written);
          const first = stations[0]!;
          const expected = await projections(first.db);
          const digest = (await localDigest(first.db)).digest;
          for (const s of stations) {
            expect(await countLog(s.db)).toBe(serverIds.length);
            expect(await s.db.outbox.count()).toBe(0);
            expect(await projections(s.db)).toEqual(expected);
            expect((await localDigest(s.db)).digest).toBe(digest);
            expect(s.engine.status.kind).toBe('synced');
          }
          expect((await desk.digest()).digest).toBe(digest);
        },
      ),
      propertyRuns(server.runs),
    );
  });
});
