import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import { orderKey, type DeskEvent } from '../../src-shared/desk-log/desk-event';
import { deskDigest, type DigestEntry } from '../../src-shared/sync/desk-digest';
import type { DigestResponse } from '../../src-shared/sync/sync-protocol';
import type { SyncLink } from '../../src-shared/sync/sync-link';
import { InputError } from '../../src-shared/validation/issues';
import type { KlokDB } from '../db/klok-db';
import type { OutboxEntry } from '../db/entities';
import { eachLogEvent } from '../db/log-blocks';
import { appendEvents, deskTables, type AppendResult } from './append-events';
import { SYNC_CURSOR_KEY, SYNC_LINK_KEY } from './sync-keys';
import type { Actor } from './actor';
import { setDeskId, writeEvents } from './write-events';

/** The shared desk this workstation belongs to, or null when its desk is its own. */
export async function readSyncLink(db: KlokDB): Promise<SyncLink | null> {
  const value = (await db.settings.get(SYNC_LINK_KEY))?.value;
  return value && typeof value === 'object' ? (value as SyncLink) : null;
}

/** Where the workstation's pulls stand: the server's position of the last event it applied. */
export async function readSyncCursor(db: KlokDB): Promise<number> {
  const value = (await db.settings.get(SYNC_CURSOR_KEY))?.value;
  return typeof value === 'number' ? value : 0;
}

/** Refuses, inside a transaction, to replace a desk that is shared: the server would keep the old events. */
export async function refuseWhileShared(db: KlokDB): Promise<void> {
  if (await db.settings.get(SYNC_LINK_KEY))
    throw new InputError([
      {
        field: 'desk',
        reason: 'this workstation shares its desk through a sync server: leave the shared desk before replacing it',
        code: 'sync.desk_shared',
      },
    ]);
}

/**
 * Joins the shared desk the server enrolled this workstation in: the desk takes the shared desk's
 * id, pulls from its start, and every event this workstation already holds waits to be pushed
 * (local tickets are shared, never thrown away). A ticket-number code the server leased that
 * differs from the workstation's own is recorded (`workstation.code_leased`): its new tickets
 * number with it. One transaction.
 */
export async function joinSharedDesk(db: KlokDB, link: SyncLink, lease?: CodeLease): Promise<void> {
  await db.transaction('rw', deskTables(db), async () => {
    if (await readSyncLink(db))
      throw new InputError([{ field: 'serverUrl', reason: 'this workstation already shares a desk: leave it first', code: 'sync.already_shared' }]);
    await db.settings.bulkPut([
      { key: SYNC_LINK_KEY, value: link },
      { key: SYNC_CURSOR_KEY, value: 0 },
    ]);
    await setDeskId(db, link.deskId);
    const waiting: OutboxEntry[] = [];
    await eachLogEvent(db, (event) => void waiting.push({ id: event.id, order: orderKey(event), event }));
    await db.outbox.bulkPut(waiting);
    if (lease && (await db.workstations.get(lease.actor.workstation))?.code !== lease.code) {
      const { actor, code, now } = lease;
      await writeEvents(db, lease.plans, actor, now, async () => ({
        drafts: [{ kind: 'workstation.code_leased', stream: actor.workstation, payload: { at: now, code } }],
        result: () => undefined,
      }));
    }
  });
}

/** The ticket-number code the server leased at enrolment, and who takes it. */
export interface CodeLease {
  readonly code: string;
  readonly actor: Actor;
  readonly plans: ContractPlans;
  readonly now: number;
}

/** Leaves the shared desk: the workstation keeps its copy of every event and works on alone. */
export async function leaveSharedDesk(db: KlokDB): Promise<void> {
  await db.transaction('rw', deskTables(db), async () => {
    await db.settings.bulkDelete([SYNC_LINK_KEY, SYNC_CURSOR_KEY]);
    await db.outbox.clear();
  });
}

/** How many events wait to be pushed. */
export function outboxCount(db: KlokDB): Promise<number> {
  return db.outbox.count();
}

/** The next events to push, oldest in apply order first. */
export async function outboxBatch(db: KlokDB, limit: number): Promise<DeskEvent[]> {
  return (await db.outbox.orderBy('order').limit(limit).toArray()).map((entry) => entry.event);
}

/** The server holds these events now: they wait no longer. */
export async function acknowledgePushed(db: KlokDB, ids: readonly string[]): Promise<void> {
  await db.outbox.bulkDelete([...ids]);
}

/**
 * Applies a pulled page through the one write path and moves the cursor past it, in one
 * transaction: a crash leaves either the page applied and the cursor after it, or neither. Events
 * the workstation already held are skipped (appendEvents); any of them still waiting to be pushed
 * wait no longer. A page that arrives after the workstation left the desk is dropped.
 */
export async function applyPulledPage(
  db: KlokDB,
  plans: ContractPlans,
  page: { readonly events: readonly DeskEvent[]; readonly cursor: number },
  now: number,
): Promise<AppendResult | null> {
  return db.transaction('rw', deskTables(db), async () => {
    if (!(await readSyncLink(db))) return null;
    const result = await appendEvents(db, plans, page.events, now, { isPulled: true });
    await db.outbox.bulkDelete(page.events.map((e) => e.id));
    if (page.cursor > (await readSyncCursor(db))) await db.settings.put({ key: SYNC_CURSOR_KEY, value: page.cursor });
    return result;
  });
}

/** This workstation's digest of the desk: equal to the server's when both hold the same events. */
export async function localDigest(db: KlokDB): Promise<DigestResponse> {
  const entries: DigestEntry[] = [];
  await eachLogEvent(db, (e) => void entries.push({ id: e.id, hlc: e.hlc }));
  return deskDigest(entries);
}
