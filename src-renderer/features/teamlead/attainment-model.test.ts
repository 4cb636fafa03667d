import { describe, expect, it } from 'vitest';
import { attainmentTable, type DecidedOutcome } from '../../../src-shared/teamlead/attainment-table';
import { at } from '../../../src-shared/test-support/instants';
import { translator } from '../../i18n/i18n';
import { attainmentCells, attainmentColumns, groupOf } from './attainment-model';

const t = translator('en');
const o = (number: string, contractId: string, timer: DecidedOutcome['timer'], outcome: DecidedOutcome['outcome']): DecidedOutcome => ({
  ticketId: `tk-${number}`,
  number,
  customerId: 'cus-1',
  contractId,
  priority: 'normal',
  timer,
  outcome,
  at: at('2026-03-02T10:00:00+01:00'), // Mon
  zone: 'Europe/Amsterdam',
});

describe('the attainment report', () => {
  it('has a line per group and target as the table shows them, then the totals, grouped by contract', () => {
    const names = {
      customers: new Map([['cus-1', 'Houten']]),
      contracts: new Map([
        ['con-1', 'Houten — Support'],
        ['con-2', 'Houten — QaaS'],
      ]),
      priority: () => '',
    };
    const table = attainmentTable(
      [o('T-1', 'con-1', 'response', 'met'), o('T-2', 'con-1', 'response', 'breached'), o('T-3', 'con-2', 'resolution', 'met')],
      'month',
      '2026-03',
      groupOf('contract', names),
    );
    expect(attainmentColumns(t, 'contract')).toEqual(['Period', 'Contract', 'Target', 'Met', 'Breached', 'Met (%)']);
    expect(attainmentCells(table, '2026-03', t)).toEqual([
      ['2026-03', 'Houten — QaaS', 'Resolution', 1, 0, 100],
      ['2026-03', 'Houten — Support', 'Response', 1, 1, 50],
      ['2026-03', 'Total', 'Response', 1, 1, 50],
      ['2026-03', 'Total', 'Resolution', 1, 0, 100],
    ]);
  });
});
