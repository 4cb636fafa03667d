import type { AvailabilityRow } from '../../../src-shared/availability/contract-availability';
import type { CsvCell } from '../../../src-shared/phone/call-csv';
import type { Translate } from '../../i18n/i18n';

/** The availability report's columns: as the table shows them, with durations in minutes. */
export function availabilityColumns(t: Translate): string[] {
  return [
    t('availability.col.contract'),
    t('outage.category'),
    t('availability.col.period'),
    t('availability.csv.availability'),
    t('availability.csv.target'),
    t('availability.col.met'),
    t('availability.csv.downtime'),
    t('availability.csv.budgetLeft'),
  ];
}

/** One row of the report: percentages to three and two decimals, minutes to two (negative: overspent). */
export function availabilityCells(row: AvailabilityRow, contractName: string, t: Translate): CsvCell[] {
  return [
    contractName,
    row.category ? t(`outage.category.${row.category}`) : '',
    row.period,
    row.result.availability,
    row.rule.targetBp / 100,
    t(row.result.met ? 'availability.met' : 'availability.missed'),
    row.result.downtimeMs / 60_000,
    row.result.budgetLeftMs / 60_000,
  ];
}

/** Decimals per column: none for texts, three for availability, two for the rest. */
export const AVAILABILITY_DECIMALS: readonly number[] = [0, 0, 0, 3, 2, 0, 2, 2];
