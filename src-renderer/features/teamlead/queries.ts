import { queryOptions } from '@tanstack/react-query';
import type { PeriodKind } from '../../../src-shared/teamlead/attainment';
import type { KlokDB } from '../../db/klok-db';
import { loadOutcomes } from '../../store/outcome-store';
import { ticketKeys } from '../tickets/queries';

/**
 * The outcome rows are the closed tickets' projection: their keys sit under the closed tickets'
 * keys, so every ticket change (which reads the closed tickets again) reads them again too.
 */
export const outcomeKeys = {
  all: () => [...ticketKeys.closed(), 'outcomes'] as const,
  period: (kind: PeriodKind, period: string) => [...outcomeKeys.all(), kind, period] as const,
};

/** The closed tickets' outcomes of one period, from the outcome projection. */
export const outcomesQuery = (db: KlokDB, kind: PeriodKind, period: string) =>
  queryOptions({ queryKey: outcomeKeys.period(kind, period), queryFn: () => loadOutcomes(db, kind, period) });
