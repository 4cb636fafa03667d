/**
 * Ticket numbers read `<code>-<n>` (T-1042): short enough to read out on the phone, and unique
 * across the desk's workstations without asking anyone, because each workstation numbers only
 * with its own code. The desk's first workstation gets T (so numbers issued before the desk log
 * keep their meaning), the next ones A, B, C… (no I or O, which sound and look like 1 and 0), then
 * two letters. See docs/decisions/0007-ticket-numbers.md.
 */
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const FIRST_CODE = 'T';

/** The first code not in `taken`. */
export function nextWorkstationCode(taken: ReadonlySet<string>): string {
  if (!taken.has(FIRST_CODE)) return FIRST_CODE;
  for (const a of LETTERS) if (!taken.has(a)) return a;
  for (const a of LETTERS) for (const b of LETTERS) if (!taken.has(a + b)) return a + b;
  for (const a of LETTERS) for (const b of LETTERS) for (const c of LETTERS) if (!taken.has(a + b + c)) return a + b + c;
  throw new Error('no workstation code left');
}

export const FIRST_TICKET_SEQUENCE = 1001;

export function formatTicketNumber(code: string, sequence: number): string {
  return `${code}-${sequence}`;
}

/** The code and sequence of a ticket number, or null for a number not in the `<code>-<n>` form. */
export function parseTicketNumber(number: string): { code: string; sequence: number } | null {
  const m = /^([A-Z]{1,3})-(\d{1,9})$/.exec(number);
  return m ? { code: m[1] as string, sequence: Number(m[2]) } : null;
}

/** The highest sequence among `numbers` that carry `code` (0 when none does). */
export function highestSequence(numbers: Iterable<string>, code: string): number {
  let highest = 0;
  for (const n of numbers) {
    const parsed = parseTicketNumber(n);
    if (parsed?.code === code && parsed.sequence > highest) highest = parsed.sequence;
  }
  return highest;
}

/** The last sequence used per workstation code (decision 7). */
export type TicketCounters = Readonly<Record<string, number>>;

/**
 * `counters` moved past every number in `numbers` that is in the `<code>-<n>` form: each code's
 * counter becomes at least the highest sequence it carries. Counters never go back, and a number
 * not in the form moves none. The one rule that keeps a workstation from issuing a number the desk
 * already holds (decision 28).
 */
export function countersPast(counters: TicketCounters, numbers: Iterable<string>): TicketCounters {
  let moved: Record<string, number> | null = null;
  for (const n of numbers) {
    const parsed = parseTicketNumber(n);
    if (!parsed || parsed.sequence <= ((moved ?? counters)[parsed.code] ?? 0)) continue;
    moved ??= { ...counters };
    moved[parsed.code] = parsed.sequence;
  }
  return moved ?? counters;
}
