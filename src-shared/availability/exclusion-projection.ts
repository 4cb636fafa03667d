import type { DeskEvent } from '../desk-log/desk-event';
import type { ExclusionReason } from './availability-rules';

/** The exclusion projection's row: one window, folded from its `exclusion.*` events. Instants in epoch ms. */
export interface ExclusionRow {
  readonly id: string;
  readonly customerId: string;
  readonly contractId: string;
  readonly startsAt: number;
  readonly endsAt: number;
  readonly reason: ExclusionReason;
  /** Planned maintenance: when the customer was told; null when not given. */
  readonly announcedAt: number | null;
  /** 1 once withdrawn: it no longer excludes anything. */
  readonly isWithdrawn: 0 | 1;
  readonly recordedBy: string;
  readonly note: string;
}

/** Folds one window's stream into its row; null until it is recorded. Unknown kinds are skipped. */
export function exclusionFromLog(id: string, events: readonly DeskEvent[]): ExclusionRow | null {
  const recorded = events.find((e) => e.kind === 'exclusion.recorded');
  if (!recorded) return null;
  const p = recorded.payload;
  return {
    id,
    customerId: p['customerId'] as string,
    contractId: p['contractId'] as string,
    startsAt: p['startsAt'] as number,
    endsAt: p['endsAt'] as number,
    reason: p['reason'] as ExclusionReason,
    announcedAt: (p['announcedAt'] as number | undefined) ?? null,
    isWithdrawn: events.some((e) => e.kind === 'exclusion.withdrawn') ? 1 : 0,
    recordedBy: recorded.by,
    note: (p['note'] as string | undefined) ?? '',
  };
}
