import type { PeriodKind } from '../../src-shared/teamlead/attainment';
import type { OutcomeRow } from '../../src-shared/teamlead/outcome-projection';
import type { KlokDB } from '../db/klok-db';

/**
 * The closed tickets' outcomes of one period (an ISO week, a month or a quarter, each in its
 * contract's zone): one index range of the outcome projection, never a fold of the log.
 */
export async function loadOutcomes(db: KlokDB, kind: PeriodKind, period: string): Promise<OutcomeRow[]> {
  return db.outcomes.where(kind).equals(period).toArray();
}
