import type { DeskEvent } from '../desk-log/desk-event';
import type { CeCategory } from './availability-rules';
import type { OutageScope } from './outage-events';

/** The outage projection's row: one outage, folded from its `outage.*` events. Instants in epoch ms. */
export interface OutageRow {
  readonly id: string;
  readonly customerId: string;
  readonly contractId: string | null;
  /** The ticket and call it was reported with (a report by phone has both). */
  readonly ticketId: string | null;
  readonly callId: string | null;
  readonly scope: OutageScope;
  /** Connect & Engage: the product category; null when not given (or another provider). */
  readonly category: CeCategory | null;
  readonly startedAt: number;
  /** Null while the outage is ongoing. */
  readonly endedAt: number | null;
  /** 1 while ongoing: what the lists show first. */
  readonly isOngoing: 0 | 1;
  readonly reportedBy: string;
  readonly reportedAt: number;
  readonly note: string;
}

/**
 * Folds one outage's stream (its events in log order) into its row; null until the stream holds
 * its report. The first report counts; the last end wins (a later end corrects an earlier one).
 * Unknown kinds (from a newer Klok) are skipped.
 */
export function outageFromLog(id: string, events: readonly DeskEvent[]): OutageRow | null {
  const report = events.find((e) => e.kind === 'outage.reported');
  if (!report) return null;
  const p = report.payload;
  const end = events.findLast((e) => e.kind === 'outage.ended');
  const endedAt = end ? (end.payload['endedAt'] as number) : null;
  return {
    id,
    customerId: p['customerId'] as string,
    contractId: (p['contractId'] as string | undefined) ?? null,
    ticketId: (p['ticketId'] as string | undefined) ?? null,
    callId: (p['callId'] as string | undefined) ?? null,
    scope: p['scope'] as OutageScope,
    category: (p['category'] as CeCategory | undefined) ?? null,
    startedAt: p['startedAt'] as number,
    endedAt,
    isOngoing: endedAt === null ? 1 : 0,
    reportedBy: report.by,
    reportedAt: p['at'] as number,
    note: (p['note'] as string | undefined) ?? '',
  };
}
