import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './call-csv';

const header = ['Ticket', 'Minutes', 'Note'];

describe('toCsv', () => {
  it('writes RFC 4180: comma, decimal point, CRLF, quotes where needed, no BOM', () => {
    const csv = toCsv(header, [['T-1001', 7.5, 'said "soon", then hung up']], 'rfc4180');
    expect(csv).toBe('Ticket,Minutes,Note\r\nT-1001,7.50,"said ""soon"", then hung up"');
  });

  it('writes the Dutch Excel profile: BOM, semicolons, decimal comma', () => {
    const csv = toCsv(header, [['T-1001', 7.5, 'a; b']], 'nl-excel');
    expect(csv).toBe('\uFEFFTicket;Minutes;Note\r\nT-1001;7,50;"a; b"');
  });

  it.each(['=SUM(A1)', '+31 30', '-1', '@cmd'])('neutralises a cell starting with %s', (text) => {
    const [, row] = parseCsv(toCsv(header, [['T-1', 1, text]], 'rfc4180'));
    expect(row?.[2]).toBe(`'${text}`);
  });

  it('leaves numbers as numbers, a negative one too, with decimals per column', () => {
    const csv = toCsv(['Minutes', 'Amount'], [[-90, -1000]], 'nl-excel', [0, 2]);
    expect(csv).toBe('\uFEFFMinutes;Amount\r\n-90;-1000,00');
  });

  it('reads back what it wrote, in both profiles', () => {
    const rows = [
      ['T-1001', 3, 'line one\nline two'],
      ['T-1002', 12.25, 'ok'],
    ] as const;
    for (const profile of ['rfc4180', 'nl-excel'] as const) {
      const back = parseCsv(toCsv(header, rows, profile));
      expect(back[0]).toEqual(header);
      expect(back[1]?.[2]).toBe('line one\nline two');
      expect(back[2]?.[1]).toBe(profile === 'rfc4180' ? '12.25' : '12,25');
    }
  });
});

describe('toCsv decimals', () => {
  it('writes one number of decimals for every column, or one per column (2 for a column not listed)', () => {
    expect(toCsv(['A', 'B'], [[1.23456, 2]], 'rfc4180', 3)).toBe('A,B\r\n1.235,2.000');
    expect(toCsv(['A', 'B', 'C'], [[1.25, 2, 3]], 'rfc4180', [1, 3])).toBe('A,B,C\r\n1.3,2.000,3.00');
  });
});

describe('parseCsv', () => {
  it('reads a file that ends with a line break (as spreadsheets save it) without an empty last row', () => {
    expect(parseCsv('a;b\r\n1;2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
