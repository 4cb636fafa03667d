import type { Transaction } from 'dexie';
import type { DeskImport } from '../../src-shared/desk/desk-file';
import { ContractPlans } from '../../src-shared/desk/contract-plans';
import { formatHlc } from '../../src-shared/desk-log/hlc';
import { eventsFromLegacyDesk } from '../../src-shared/desk-log/legacy-desk';
import { projectDesk } from '../../src-shared/desk-log/project-desk';
import { toStored } from './stored-event';

interface V1Event {
  readonly id: string;
  readonly ticketId: string;
  readonly seq: number;
  readonly [key: string]: unknown;
}

/** Who legacy data is stamped with when it names no workstation or agent. */
export const LEGACY_WRITER = { workstation: 'legacy', by: 'Klok' } as const;

/**
 * Schema version 1 → 2: the rows edited in place and the ticket logs become one desk log
 * (decision 6). Every event is stamped at its business instant; the projections are rebuilt from
 * the log by the same reducers the store uses, and the old per-ticket event table is dropped by
 * version 3. The desk-wide at-risk setting becomes an event; personal settings stay.
 */
/** The projection tables schema version 2 had; later ones start empty. */
const VERSION_2_PROJECTIONS = new Set(['workstations', 'deskSettings', 'customers', 'contracts', 'agents', 'tickets']);

export async function upgradeToDeskLog(tx: Transaction): Promise<void> {
  const v1Events = (await tx.table('events').toArray()) as V1Event[];
  const byTicket = new Map<string, V1Event[]>();
  for (const e of v1Events) {
    const list = byTicket.get(e.ticketId);
    if (list) list.push(e);
    else byTicket.set(e.ticketId, [e]);
  }
  const settings = tx.table('settings');
  const desk = {
    customers: await tx.table('customers').toArray(),
    contracts: await tx.table('contracts').toArray(),
    agents: await tx.table('agents').toArray(),
    tickets: [...byTicket].map(([id, list]) => ({ id, events: list.sort((a, b) => a.seq - b.seq).map(({ ticketId: _t, seq: _s, ...e }) => e) })),
    ticketCounter: ((await settings.get('ticketCounter'))?.value as number | undefined) ?? 1000,
  } as unknown as DeskImport;
  const deskId = crypto.randomUUID();
  const { events, clock } = eventsFromLegacyDesk(desk, { deskId, ...LEGACY_WRITER });
  const atRisk = (await settings.get('atRiskPercent'))?.value;
  if (typeof atRisk === 'number') {
    const at = clock.wall;
    const hlc = { wall: clock.wall, counter: clock.counter + 1 };
    events.push({
      id: crypto.randomUUID(),
      deskId,
      ...LEGACY_WRITER,
      hlc: formatHlc(hlc),
      kind: 'desk.setting_changed',
      v: 1,
      stream: 'desk',
      payload: { at, key: 'atRiskPercent', value: atRisk },
    });
    await settings.delete('atRiskPercent');
  }
  await tx.table('log').bulkAdd(events.map(toStored));
  const rows = projectDesk(events, new ContractPlans());
  for (const [name, list] of Object.entries(rows)) {
    // Projections added by later versions (calls in 6, engagements in 7) have no table yet, and a Klok 0.1 store no rows for them.
    if (!VERSION_2_PROJECTIONS.has(name)) continue;
    await tx.table(name).clear();
    await tx.table(name).bulkAdd(list);
  }
  const newest = events.reduce((max, e) => (e.hlc > max ? e.hlc : max), formatHlc(clock));
  await settings.bulkPut([
    { key: 'deskId', value: deskId },
    { key: 'hlc', value: newest },
  ]);
}
