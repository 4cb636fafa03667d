/**
 * Block billing of consultancy (SPEC §6): blocks are counted on an engagement's cumulative worked
 * time, never per entry or per period. Minutes are whole minutes; money is integer cents.
 */
export interface BlockRule {
  /** The smallest amount ever billed once any time is worked, and the block size after it. */
  readonly blockMinutes: number;
  readonly centsPerHour: number;
}

/** Billed minutes for cumulative worked minutes: 0, or at least one block, rounded up to whole blocks. */
export function blocks(workedMinutes: number, rule: BlockRule): number {
  if (workedMinutes <= 0) return 0;
  return Math.ceil(workedMinutes / rule.blockMinutes) * rule.blockMinutes;
}

/** Integer cents for billed minutes. Whole blocks of whole hours always give whole cents; anything else is rounded half-up. */
export function amountCents(billedMinutes: number, rule: BlockRule): number {
  return roundHalfUp((billedMinutes * rule.centsPerHour) / 60);
}

/** What one billing period of an engagement bills. */
export interface PeriodBill {
  /** Minutes worked in this period (the billable ones). */
  readonly workedMinutes: number;
  readonly billedMinutes: number;
  readonly amountCents: number;
  /** What still fits in the blocks billed so far, after this period's time ("2 h 50 min left in this block"). */
  readonly blockLeftMinutes: number;
}

/**
 * The bill of a period: the blocks of everything worked up to its end, less the blocks of what
 * was worked before it. An unapproved engagement bills nothing; its time waits for the approval.
 */
export function billPeriod(workedBeforeMinutes: number, periodMinutes: readonly number[], isApproved: boolean, rule: BlockRule): PeriodBill {
  const worked = periodMinutes.reduce((sum, m) => sum + m, 0);
  const before = blocks(workedBeforeMinutes, rule);
  const upToEnd = isApproved ? blocks(workedBeforeMinutes + worked, rule) : before;
  const billed = upToEnd - before;
  return {
    workedMinutes: worked,
    billedMinutes: billed,
    amountCents: amountCents(billed, rule),
    blockLeftMinutes: Math.max(0, upToEnd - workedBeforeMinutes - worked),
  };
}

/** VAT on an invoice total, added once and rounded half-up to the cent. `percent` may have decimals (21, 9, 20.5). */
export function vatCents(totalCents: number, percent: number): number {
  return roundHalfUp((totalCents * percent) / 100);
}

/** Half-up rounding that is exact for the cents Klok handles (guards against 0.5 landing at 0.49999…). */
function roundHalfUp(x: number): number {
  const sign = x < 0 ? -1 : 1;
  return sign * Math.floor(Math.abs(x) + 0.5 + 1e-9);
}
