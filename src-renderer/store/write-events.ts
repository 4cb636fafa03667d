import type { ContractPlans } from '../../src-shared/desk/contract-plans';
import type { DeskEvent } from '../../src-shared/desk-log/desk-event';
import { stampEvents, type EventDraft } from '../../src-shared/desk-log/stamp-events';
import { nextWorkstationCode } from '../../src-shared/desk-log/ticket-numbers';
import type { KlokDB } from '../db/klok-db';
import { newId, type Actor } from './actor';
import { appendEvents, deskTables, workstationClock, type AppendResult } from './append-events';

const DESK_ID_KEY = 'deskId';

/** This store's desk id, made at first use. Call inside a transaction over deskTables. */
export async function deskIdOf(db: KlokDB): Promise<string> {
  const known = (await db.settings.get(DESK_ID_KEY))?.value;
  if (typeof known === 'string') return known;
  const made = newId();
  await db.settings.put({ key: DESK_ID_KEY, value: made });
  return made;
}

export async function setDeskId(db: KlokDB, deskId: string): Promise<void> {
  await db.settings.put({ key: DESK_ID_KEY, value: deskId });
}

/**
 * Writes what a command decided: stamps the drafts with this workstation's clock and appends them
 * through the one write path. A workstation that has not joined the desk yet joins first, in the
 * same transaction, with the next free code for its ticket numbers. `decide` runs inside the
 * transaction after that, so what it reads and what is written belong together; if it throws,
 * nothing is written (the join included).
 */
export async function writeEvents<T>(
  db: KlokDB,
  plans: ContractPlans,
  actor: Actor,
  now: number,
  decide: () => Promise<{ drafts: readonly EventDraft[]; result: (appended: AppendResult) => Promise<T> | T }>,
): Promise<T> {
  return db.transaction('rw', deskTables(db), async () => {
    await stampAndAppend(db, plans, actor, now, await joinDrafts(db, actor, now));
    const { drafts, result } = await decide();
    return result(await stampAndAppend(db, plans, actor, now, drafts));
  });
}

async function stampAndAppend(db: KlokDB, plans: ContractPlans, actor: Actor, now: number, drafts: readonly EventDraft[]): Promise<AppendResult> {
  if (drafts.length === 0) return { appended: [], touched: new Map(), aheadMs: null };
  const [deskId, clock] = await Promise.all([deskIdOf(db), workstationClock.read(db)]);
  const { events } = stampEvents(drafts, { deskId, workstation: actor.workstation, by: actor.by, newId }, clock, now);
  return appendEvents(db, plans, events, now);
}

/** The `workstation.joined` draft when this workstation is new to the desk. */
async function joinDrafts(db: KlokDB, actor: Actor, now: number): Promise<EventDraft[]> {
  if (await db.workstations.get(actor.workstation)) return [];
  const taken = new Set((await db.workstations.toArray()).map((w) => w.code));
  return [{ kind: 'workstation.joined', stream: actor.workstation, payload: { at: now, code: nextWorkstationCode(taken) } }];
}

/** Makes sure this workstation has joined the desk (and so has a code); returns its code. */
export async function joinDesk(db: KlokDB, plans: ContractPlans, actor: Actor, now: number): Promise<string> {
  return writeEvents(db, plans, actor, now, async () => ({
    drafts: [],
    result: async () => (await db.workstations.get(actor.workstation))?.code ?? '',
  }));
}

export type { DeskEvent };
