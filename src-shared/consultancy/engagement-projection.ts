import type { DeskEvent } from '../desk-log/desk-event';
import type { ApprovalMethod } from './consultancy-events';
import type { BillingRun, Engagement, EngagementBilling, TimeEntry } from './engagement';
import type { RateType } from './rate-card';

/**
 * Pure reducers from one stream's events (in log order) to its row; null until the stream holds
 * the event that creates it. Rules a merged log may break (an edit of a billed entry written on
 * another workstation before the run arrived) are applied here too: a billed entry never changes.
 */
type Payload = Readonly<Record<string, unknown>>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const str = (p: Payload, key: string): string => p[key] as string;
const num = (p: Payload, key: string): number => p[key] as number;
const opt = <K extends string>(p: Payload, key: K): { [k in K]?: string } => (typeof p[key] === 'string' ? ({ [key]: p[key] } as { [k in K]: string }) : {});

function entryOf(p: Payload): TimeEntry {
  return {
    id: str(p, 'entryId'),
    consultant: str(p, 'consultant'),
    workedAt: num(p, 'workedAt'),
    minutes: num(p, 'minutes'),
    description: str(p, 'description'),
    isRegularSupport: p['isRegularSupport'] === true,
    ...(p['isProductUnusable'] === true ? { isProductUnusable: true } : {}),
    ...opt(p, 'correctionOf'),
  };
}

export function engagementFromLog(id: string, events: readonly DeskEvent[]): Engagement | null {
  const created = events.find((e) => e.kind === 'engagement.created' || e.kind === 'engagement.query_support_opened');
  if (!created) return null;
  const c = created.payload;
  const isQuerySupport = created.kind === 'engagement.query_support_opened';
  const row: Mutable<Engagement> = {
    id,
    purpose: isQuerySupport ? 'query_support' : 'consultancy',
    customerId: str(c, 'customerId'),
    contractId: str(c, 'contractId'),
    ...opt(c, 'ticketId'),
    title: str(c, 'title'),
    rateType: isQuerySupport ? null : (str(c, 'rateType') as RateType),
    centsPerHour: isQuerySupport ? 0 : num(c, 'centsPerHour'),
    blockMinutes: isQuerySupport ? 0 : num(c, 'blockMinutes'),
    createdAt: num(c, 'at'),
    approval: null,
    timers: [],
    entries: [],
    billings: [],
  };
  let entries = new Map<string, TimeEntry>();
  const unbilled = (entryId: string) => {
    const entry = entries.get(entryId);
    return entry && !entry.billedBy ? entry : undefined;
  };
  for (const { kind, payload: p } of events) {
    switch (kind) {
      case 'engagement.rate_changed':
        if (!isQuerySupport) row.centsPerHour = num(p, 'centsPerHour');
        break;
      case 'engagement.approved':
        row.approval = {
          approvedBy: str(p, 'approvedBy'),
          approvedAt: num(p, 'approvedAt'),
          method: str(p, 'method') as ApprovalMethod,
          approvedMinutes: num(p, 'approvedMinutes'),
          ...opt(p, 'reference'),
          ...opt(p, 'callId'),
          recordedAt: num(p, 'at'),
        };
        break;
      case 'engagement.timer_started':
        if (!row.timers.some((t) => t.consultant === str(p, 'consultant')))
          row.timers = [...row.timers, { consultant: str(p, 'consultant'), startedAt: num(p, 'at') }];
        break;
      case 'engagement.timer_stopped':
        row.timers = row.timers.filter((t) => t.consultant !== str(p, 'consultant'));
        if (!entries.has(str(p, 'entryId'))) entries.set(str(p, 'entryId'), entryOf(p));
        break;
      case 'engagement.time_logged':
        if (!entries.has(str(p, 'entryId'))) entries.set(str(p, 'entryId'), entryOf(p));
        break;
      case 'engagement.time_edited': {
        const entry = unbilled(str(p, 'entryId'));
        if (!entry) break;
        entries.set(entry.id, {
          ...entry,
          ...(typeof p['minutes'] === 'number' ? { minutes: num(p, 'minutes') } : {}),
          ...opt(p, 'description'),
          ...(typeof p['workedAt'] === 'number' ? { workedAt: num(p, 'workedAt') } : {}),
          ...(typeof p['isRegularSupport'] === 'boolean' ? { isRegularSupport: p['isRegularSupport'] } : {}),
          ...(typeof p['isProductUnusable'] === 'boolean' ? { isProductUnusable: p['isProductUnusable'] } : {}),
        });
        break;
      }
      case 'engagement.time_split': {
        const entry = unbilled(str(p, 'entryId'));
        const moved = num(p, 'minutes');
        if (!entry || entries.has(str(p, 'newEntryId')) || moved >= entry.minutes) break;
        // The new entry follows the one it was split from, so the list keeps the order of the work.
        const next = new Map<string, TimeEntry>();
        for (const [key, value] of entries) {
          next.set(key, key === entry.id ? { ...entry, minutes: entry.minutes - moved } : value);
          if (key === entry.id) next.set(str(p, 'newEntryId'), { ...entry, id: str(p, 'newEntryId'), minutes: moved, ...opt(p, 'description') });
        }
        entries = next;
        break;
      }
      case 'engagement.billed': {
        const runId = str(p, 'runId');
        for (const entryId of p['entryIds'] as readonly string[]) {
          const entry = unbilled(entryId);
          if (entry) entries.set(entryId, { ...entry, billedBy: runId });
        }
        row.billings = [...row.billings, billingOf(p)];
        break;
      }
    }
  }
  row.entries = [...entries.values()];
  return row;
}

function billingOf(p: Payload): EngagementBilling {
  return {
    runId: str(p, 'runId'),
    period: str(p, 'period'),
    committedAt: num(p, 'at'),
    workedBeforeMinutes: num(p, 'workedBeforeMinutes'),
    workedMinutes: num(p, 'workedMinutes'),
    billedMinutes: num(p, 'billedMinutes'),
    blockLeftMinutes: num(p, 'blockLeftMinutes'),
    centsPerHour: num(p, 'centsPerHour'),
    amountCents: num(p, 'amountCents'),
  };
}

/** A billing run keeps what it was committed with. */
export function billingRunFromLog(id: string, events: readonly DeskEvent[]): BillingRun | null {
  const committed = events.find((e) => e.kind === 'billing.run_committed');
  if (!committed) return null;
  const p = committed.payload;
  return {
    id,
    period: str(p, 'period'),
    periodFrom: num(p, 'periodFrom'),
    periodTo: num(p, 'periodTo'),
    vatPercent: num(p, 'vatPercent'),
    committedAt: num(p, 'at'),
    committedBy: committed.by,
    engagementIds: p['engagementIds'] as readonly string[],
  };
}
