import { DateTime } from 'luxon';
import type { CsvCell } from '../../../src-shared/phone/call-csv';
import type { CallRow } from '../../../src-shared/phone/call-types';
import { formatPhone } from '../../../src-shared/phone/phone-number';
import type { Translate } from '../../i18n/i18n';

/** What the log view shows of a call, as names: its ticket's number, its customer's name. */
export interface CallNames {
  readonly ticketNumber: (ticketId: string | null) => string;
  readonly customerName: (customerId: string | null) => string;
}

/** The log view's columns, as the CSV export and the table share them. */
export function callColumns(t: Translate): string[] {
  return [
    t('phoneLog.col.started'),
    t('phoneLog.col.minutes'),
    t('phoneLog.col.direction'),
    t('phoneLog.col.agent'),
    t('phoneLog.col.customer'),
    t('phoneLog.col.caller'),
    t('phoneLog.col.number'),
    t('phoneLog.col.ticket'),
    t('phoneLog.col.reason'),
    t('phoneLog.col.outcome'),
    t('phoneLog.col.notes'),
  ];
}

/** One call as the log view's cells: talk time in minutes (a number), everything else text. */
export function callCells(call: CallRow, names: CallNames, t: Translate, zone: string): CsvCell[] {
  return [
    DateTime.fromMillis(call.startedAt, { zone }).toFormat('yyyy-MM-dd HH:mm'),
    call.talkMs / 60_000,
    t(`phone.direction.${call.direction}`),
    call.agent,
    names.customerName(call.customerId),
    call.caller,
    call.phone ? formatPhone(call.phone) : '',
    names.ticketNumber(call.ticketId),
    call.reason ? t(`phone.reason.${call.reason}`) : '',
    call.outcome ? t(`phone.outcome.${call.outcome}`) : '',
    call.note,
  ];
}
