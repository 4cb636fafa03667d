import type { PeriodKind } from '../../src-shared/teamlead/attainment';
import type { OutcomeRow } from '../../src-shared/teamlead/outcome-projection';
import type { KlokDB } from '../db/klok-db';
import { rowsOfPeriod } from '../../src-shared/teamlead/outcome-periods';

/**
 * The closed tickets' outcomes of one period (an ISO week, a month or a quarter, each in its
 * contract's zone): a few records of the period projection (one per contract), never a fold of the log.
 */
export async function loadOutcomes(db: KlokDB, kind: PeriodKind, period: string): Promise<OutcomeRow[]> {
  // One record per contract holds the period's rows, column by column (schema v14).
  return (await db.outcomePeriods.where('[kind+period]').equals([kind, period]).toArray()).flatMap(rowsOfPeriod);
}
