import type { Contract } from '../../../src-shared/desk-log/projections/entities';
import type { ContractPlans } from '../../../src-shared/desk/contract-plans';
import type { TargetKind } from '../../../src-shared/policy/policy-types';
import { outcomesOf } from '../../../src-shared/teamlead/attainment';
import type { AttainmentCell, AttainmentTable, DecidedOutcome } from '../../../src-shared/teamlead/attainment-table';
import type { CsvCell } from '../../../src-shared/phone/call-csv';
import type { Lookup, Translate } from '../../i18n/i18n';
import { policyLabel, priorityLabel } from '../../i18n/policy-labels';
import type { BoardEntry } from '../board/board-entries';

export const ATTAINMENT_GROUPINGS = ['customer', 'contract', 'priority'] as const;
export type AttainmentGrouping = (typeof ATTAINMENT_GROUPINGS)[number];

/** The targets open tickets have already met or breached, as their clocks stand. */
export function openOutcomes(entries: readonly BoardEntry[]): DecidedOutcome[] {
  return entries.flatMap((e) =>
    outcomesOf(e.clocks).map((o) => ({
      ticketId: e.row.id,
      number: e.row.number,
      customerId: e.row.customerId,
      contractId: e.row.contractId,
      priority: e.row.priority ?? '',
      timer: o.timer as TargetKind,
      outcome: o.outcome,
      at: o.at,
      zone: e.plan.calendar.zone,
    })),
  );
}

/** A priority as the screens name it, with its preset: "Normal (Scope4mation)". */
export function priorityName(lookup: Lookup, plans: ContractPlans, contract: Contract | undefined, priority: string): string {
  if (!contract || priority === '') return '—';
  const { policy } = plans.planFor(contract);
  return `${priorityLabel(lookup, policy, priority)} (${policyLabel(lookup, policy)})`;
}

/** The label of an outcome's group. */
export function groupOf(
  grouping: AttainmentGrouping,
  names: { customers: ReadonlyMap<string, string>; contracts: ReadonlyMap<string, string>; priority: (o: DecidedOutcome) => string },
): (o: DecidedOutcome) => string {
  if (grouping === 'customer') return (o) => names.customers.get(o.customerId) ?? o.customerId;
  if (grouping === 'contract') return (o) => names.contracts.get(o.contractId) ?? o.contractId;
  return names.priority;
}

/** The attainment report's columns. */
export function attainmentColumns(t: Translate, grouping: AttainmentGrouping): string[] {
  return [t('attain.csv.period'), t(`attain.group.${grouping}`), t('lead.col.target'), t('attain.col.met'), t('attain.col.breached'), t('attain.csv.percent')];
}

/** The report's lines: one per group and target as the table shows them, then the totals. */
export function attainmentCells(table: AttainmentTable, period: string, t: Translate): CsvCell[][] {
  const lines: CsvCell[][] = [];
  const add = (group: string, cells: Partial<Record<TargetKind, AttainmentCell>>) => {
    for (const timer of table.timers) {
      const cell = cells[timer];
      if (cell) lines.push([period, group, t(`timer.${timer}`), cell.met.length, cell.breached.length, cell.percentMet ?? '']);
    }
  };
  for (const g of table.groups) add(g.group, g.cells);
  add(t('lead.total'), table.total);
  return lines;
}

/** Decimals per column: none for texts and counts, one for the share met. */
export const ATTAINMENT_DECIMALS: readonly number[] = [0, 0, 0, 0, 0, 1];
