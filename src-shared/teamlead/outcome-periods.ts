import type { TargetKind } from '../policy/policy-types';
import { PERIOD_KINDS, type PeriodKind } from './attainment';
import type { OutcomeRow } from './outcome-projection';

/**
 * The outcome rows of one contract in one period, kept together in one record, column by column:
 * what the attainment dashboard reads to draw a period. A big desk's month is tens of thousands of
 * outcome rows; reading them one record each took IndexedDB seconds, reading a few records of
 * columns takes milliseconds. A projection of the outcome rows (outcome-projection.ts), rebuilt
 * a ticket at a time; entries in row-id order, so a fold and the incremental upkeep agree.
 */
export interface OutcomePeriod {
  /** `${kind}|${period}|${contractId}` */
  readonly id: string;
  readonly kind: PeriodKind;
  readonly period: string;
  readonly contractId: string;
  readonly customerId: string;
  readonly ticketId: readonly string[];
  readonly number: readonly string[];
  readonly at: readonly number[];
  readonly elapsedMs: readonly number[];
  // Columns of few distinct values, as codes into their values: numbers read back fastest.
  readonly priority: Coded;
  readonly timer: Coded;
  readonly outcome: Coded;
  readonly zone: Coded;
  readonly week: Coded;
  readonly month: Coded;
  readonly quarter: Coded;
}

/** A column as the distinct values (in order of first use) and, per entry, the index of its value. */
export interface Coded {
  readonly values: readonly string[];
  readonly codes: readonly number[];
}

function coded(list: readonly string[]): Coded {
  const values: string[] = [];
  const index = new Map<string, number>();
  const codes = list.map((value) => {
    let i = index.get(value);
    if (i === undefined) {
      i = values.length;
      values.push(value);
      index.set(value, i);
    }
    return i;
  });
  return { values, codes };
}

const decoded = (column: Coded, i: number): string => column.values[column.codes[i] as number] as string;

/** The records an outcome row belongs to: its week's, its month's and its quarter's. */
export function periodIdsOf(row: OutcomeRow): string[] {
  return PERIOD_KINDS.map((kind) => periodId(kind, row[kind], row.contractId));
}

export function periodId(kind: PeriodKind, period: string, contractId: string): string {
  return `${kind}|${period}|${contractId}`;
}

/** The record of `rows`, all of one period and contract (null when there are none). */
function periodOf(kind: PeriodKind, period: string, contractId: string, rows: readonly OutcomeRow[]): OutcomePeriod | null {
  const first = rows[0];
  if (!first) return null;
  const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const column = <K extends keyof OutcomeRow>(key: K): OutcomeRow[K][] => sorted.map((r) => r[key]);
  return {
    id: periodId(kind, period, contractId),
    kind,
    period,
    contractId,
    customerId: first.customerId,
    ticketId: column('ticketId'),
    number: column('number'),
    at: column('at'),
    elapsedMs: column('elapsedMs'),
    priority: coded(column('priority')),
    timer: coded(column('timer')),
    outcome: coded(column('outcome')),
    zone: coded(column('zone')),
    week: coded(column('week')),
    month: coded(column('month')),
    quarter: coded(column('quarter')),
  };
}

/** The outcome rows a record holds. */
export function rowsOfPeriod(p: OutcomePeriod): OutcomeRow[] {
  return p.ticketId.map((ticketId, i) => {
    const timer = decoded(p.timer, i) as TargetKind;
    return {
      id: `${ticketId}|${timer}`,
      ticketId,
      number: p.number[i] as string,
      customerId: p.customerId,
      contractId: p.contractId,
      priority: decoded(p.priority, i),
      timer,
      outcome: decoded(p.outcome, i) as 'met' | 'breached',
      at: p.at[i] as number,
      zone: decoded(p.zone, i),
      week: decoded(p.week, i),
      month: decoded(p.month, i),
      quarter: decoded(p.quarter, i),
      elapsedMs: p.elapsedMs[i] as number,
    };
  });
}

/** Every record of a set of outcome rows (a whole desk folded). */
export function outcomePeriodsOf(rows: readonly OutcomeRow[]): OutcomePeriod[] {
  const groups = new Map<string, { kind: PeriodKind; period: string; contractId: string; rows: OutcomeRow[] }>();
  for (const row of rows) {
    for (const kind of PERIOD_KINDS) {
      const id = periodId(kind, row[kind], row.contractId);
      const group = groups.get(id);
      if (group) group.rows.push(row);
      else groups.set(id, { kind, period: row[kind], contractId: row.contractId, rows: [row] });
    }
  }
  return [...groups.values()].flatMap((g) => periodOf(g.kind, g.period, g.contractId, g.rows) ?? []);
}

/**
 * The records one ticket's new outcome rows change, given the records they and its old rows
 * belong to (`known`, by id; missing ones are new): each with the ticket's entries replaced, or
 * null where nothing is left (the record goes).
 */
export function replaceTicketOutcomes(
  known: ReadonlyMap<string, OutcomePeriod>,
  ticketId: string,
  before: readonly OutcomeRow[],
  after: readonly OutcomeRow[],
): Map<string, OutcomePeriod | null> {
  const ids = new Set([...before, ...after].flatMap(periodIdsOf));
  const out = new Map<string, OutcomePeriod | null>();
  for (const id of ids) {
    const [kind, period, contractId] = id.split('|') as [PeriodKind, string, string];
    const old = known.get(id);
    const kept = old ? rowsOfPeriod(old).filter((r) => r.ticketId !== ticketId) : [];
    const added = after.filter((r) => r[kind] === period && r.contractId === contractId);
    out.set(id, periodOf(kind, period, contractId, [...kept, ...added]));
  }
  return out;
}
