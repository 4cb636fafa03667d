import { DateTime } from 'luxon';
import type { EventDraft } from '../desk-log/stamp-events';
import { InputError, issue } from '../validation/issues';
import { billPeriod, vatCents, type PeriodBill } from './block-billing';
import type { Approval, BillingRun, Engagement } from './engagement';
import { chargeable, ruleOf, sumMinutes } from './engagement-totals';

/** VAT on an invoice's total when the desk has not set its own (SPEC §6). */
export const DEFAULT_VAT_PERCENT = 21;

/** A billing period: a month, from its first local midnight to the next month's, `[from, to)`. */
export interface Period {
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

export function monthPeriod(month: string, zone: string): Period {
  const start = /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? DateTime.fromISO(`${month}-01`, { zone }) : null;
  if (!start?.isValid) throw new InputError([issue('period', 'must be a month such as 2026-03', 'consultancy.month')]);
  return { label: month, from: start.toMillis(), to: start.plus({ months: 1 }).toMillis() };
}

/** One engagement's line on a customer's invoice specification. */
export interface BillingLine extends PeriodBill {
  readonly engagementId: string;
  readonly customerId: string;
  readonly ticketId?: string;
  readonly title: string;
  readonly approval: Approval | null;
  readonly entryIds: readonly string[];
  readonly workedBeforeMinutes: number;
  readonly centsPerHour: number;
}

/** Time that waits: its engagement is not approved (or only after the period). */
export interface WaitingEngagement {
  readonly engagementId: string;
  readonly customerId: string;
  readonly title: string;
  readonly minutes: number;
}

export interface BillingPreview {
  readonly period: Period;
  readonly lines: readonly BillingLine[];
  readonly waiting: readonly WaitingEngagement[];
}

/**
 * What a run for `period` would bill: every engagement's unbilled, chargeable time worked before
 * the period's end (late time from earlier months included), in blocks counted on its cumulative
 * time (SPEC §6). An engagement approved only after the period's end bills nothing yet.
 */
export function previewBilling(engagements: readonly Engagement[], period: Period): BillingPreview {
  const lines: BillingLine[] = [];
  const waiting: WaitingEngagement[] = [];
  for (const e of engagements) {
    if (e.purpose !== 'consultancy') continue;
    const billable = chargeable(e.entries);
    const due = billable.filter((t) => !t.billedBy && t.workedAt < period.to);
    if (due.length === 0) continue;
    if (!e.approval || e.approval.approvedAt >= period.to) {
      waiting.push({ engagementId: e.id, customerId: e.customerId, title: e.title, minutes: sumMinutes(due) });
      continue;
    }
    const before = sumMinutes(billable.filter((t) => t.billedBy));
    const bill = billPeriod(
      before,
      due.map((t) => t.minutes),
      true,
      ruleOf(e),
    );
    lines.push({
      engagementId: e.id,
      customerId: e.customerId,
      ...(e.ticketId ? { ticketId: e.ticketId } : {}),
      title: e.title,
      approval: e.approval,
      entryIds: due.map((t) => t.id),
      workedBeforeMinutes: before,
      workedMinutes: bill.workedMinutes,
      billedMinutes: bill.billedMinutes,
      blockLeftMinutes: bill.blockLeftMinutes,
      centsPerHour: e.centsPerHour,
      amountCents: bill.amountCents,
    });
  }
  return { period, lines, waiting };
}

/** The events of committing a run: each engagement's `engagement.billed` (locking its entries), then the run. */
export function billingRunDrafts(preview: BillingPreview, runId: string, vatPercent: number, now: number): EventDraft[] {
  if (preview.lines.length === 0) throw new InputError([issue('period', 'nothing to bill in this period', 'consultancy.nothing_to_bill')]);
  if (!(vatPercent >= 0 && vatPercent <= 100)) throw new InputError([issue('vatPercent', 'must be from 0 to 100', 'consultancy.vat_range')]);
  const { period } = preview;
  return [
    ...preview.lines.map((l): EventDraft => ({
      kind: 'engagement.billed',
      stream: l.engagementId,
      payload: {
        at: now,
        runId,
        period: period.label,
        entryIds: l.entryIds,
        workedBeforeMinutes: l.workedBeforeMinutes,
        workedMinutes: l.workedMinutes,
        billedMinutes: l.billedMinutes,
        blockLeftMinutes: l.blockLeftMinutes,
        centsPerHour: l.centsPerHour,
        amountCents: l.amountCents,
      },
    })),
    {
      kind: 'billing.run_committed',
      stream: runId,
      payload: {
        at: now,
        period: period.label,
        periodFrom: period.from,
        periodTo: period.to,
        vatPercent,
        engagementIds: preview.lines.map((l) => l.engagementId),
      },
    },
  ];
}

/** A committed run's lines, from what each engagement recorded when it was billed. */
export function committedLines(run: BillingRun, engagements: readonly Engagement[]): BillingLine[] {
  const byId = new Map(engagements.map((e) => [e.id, e]));
  return run.engagementIds.flatMap((id) => {
    const e = byId.get(id);
    const b = e?.billings.find((x) => x.runId === run.id);
    if (!e || !b) return [];
    return [
      {
        engagementId: e.id,
        customerId: e.customerId,
        ...(e.ticketId ? { ticketId: e.ticketId } : {}),
        title: e.title,
        approval: e.approval,
        entryIds: e.entries.filter((t) => t.billedBy === run.id).map((t) => t.id),
        workedBeforeMinutes: b.workedBeforeMinutes,
        workedMinutes: b.workedMinutes,
        billedMinutes: b.billedMinutes,
        blockLeftMinutes: b.blockLeftMinutes,
        centsPerHour: b.centsPerHour,
        amountCents: b.amountCents,
      },
    ];
  });
}

/** One customer's invoice specification for a period: VAT once, on the total. */
export interface InvoiceSpec {
  readonly customerId: string;
  readonly lines: readonly BillingLine[];
  readonly subtotalCents: number;
  readonly vatPercent: number;
  readonly vatCents: number;
  readonly totalCents: number;
}

export function invoiceSpecs(lines: readonly BillingLine[], vatPercent: number): InvoiceSpec[] {
  const byCustomer = new Map<string, BillingLine[]>();
  for (const l of lines) byCustomer.set(l.customerId, [...(byCustomer.get(l.customerId) ?? []), l]);
  return [...byCustomer].map(([customerId, own]) => {
    const subtotal = own.reduce((sum, l) => sum + l.amountCents, 0);
    const vat = vatCents(subtotal, vatPercent);
    return { customerId, lines: own, subtotalCents: subtotal, vatPercent, vatCents: vat, totalCents: subtotal + vat };
  });
}
