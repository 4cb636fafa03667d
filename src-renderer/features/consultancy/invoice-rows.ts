import { DateTime } from 'luxon';
import type { BillingLine, InvoiceSpec } from '../../../src-shared/consultancy/billing-run';
import type { Approval } from '../../../src-shared/consultancy/engagement';
import type { I18n } from '../../i18n/i18n';
import { formatMinutes } from './money';

/** Names the invoice needs that the lines hold as ids. */
export interface InvoiceNames {
  readonly customer: (id: string) => string;
  readonly ticket: (id: string) => { number: string; title: string } | undefined;
}

/** One line of an invoice specification as every output says it (screen, CSV, print). */
export interface InvoiceRow {
  readonly ticket: string;
  readonly description: string;
  readonly approval: string;
  readonly workedMinutes: number;
  readonly billedMinutes: number;
  readonly centsPerHour: number;
  readonly amountCents: number;
  readonly worked: string;
  readonly billed: string;
}

export function approvalText(i18n: I18n, approval: Approval | null): string {
  if (!approval) return i18n.t('consultancy.notApproved');
  const date = DateTime.fromMillis(approval.approvedAt).setLocale(i18n.locale).toFormat('d LLL yyyy');
  const how = i18n.t(`consultancy.method.${approval.method}`);
  return [how, approval.approvedBy, date, approval.reference].filter(Boolean).join(', ');
}

export function invoiceRow(i18n: I18n, names: InvoiceNames, line: BillingLine): InvoiceRow {
  const ticket = line.ticketId ? names.ticket(line.ticketId) : undefined;
  return {
    ticket: ticket ? `${ticket.number} ${ticket.title}`.trim() : '',
    description: line.title,
    approval: approvalText(i18n, line.approval),
    workedMinutes: line.workedMinutes,
    billedMinutes: line.billedMinutes,
    centsPerHour: line.centsPerHour,
    amountCents: line.amountCents,
    worked: formatMinutes(i18n.t, line.workedMinutes),
    billed: formatMinutes(i18n.t, line.billedMinutes),
  };
}

export const invoiceRows = (i18n: I18n, names: InvoiceNames, spec: InvoiceSpec): InvoiceRow[] => spec.lines.map((l) => invoiceRow(i18n, names, l));
