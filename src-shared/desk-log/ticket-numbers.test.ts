import { describe, expect, it } from 'vitest';
import { countersPast, formatTicketNumber, highestSequence, nextWorkstationCode, parseTicketNumber } from './ticket-numbers';

// Ticket numbers `<code>-<n>` and workstation codes (docs/decisions/0007-ticket-numbers.md).

const SINGLE = 'ABCDEFGHJKLMNPQRSTUVWXYZ'.split(''); // 24 letters: no I, no O

describe('nextWorkstationCode', () => {
  it("gives the desk's first workstation T", () => {
    expect(nextWorkstationCode(new Set())).toBe('T');
  });

  it('gives the next ones A, B, C…', () => {
    expect(nextWorkstationCode(new Set(['T']))).toBe('A');
    expect(nextWorkstationCode(new Set(['T', 'A', 'B']))).toBe('C');
  });

  it('still gives T first when later codes are taken but T is free', () => {
    expect(nextWorkstationCode(new Set(['A', 'B']))).toBe('T');
  });

  it('skips I and O, which read like 1 and 0', () => {
    expect(nextWorkstationCode(new Set(['T', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']))).toBe('J');
    expect(nextWorkstationCode(new Set(['T', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N']))).toBe('P');
  });

  it('moves on to two letters once the 24 single letters are taken, then to three', () => {
    const singles = new Set(SINGLE);
    expect(nextWorkstationCode(singles)).toBe('AA');
    expect(nextWorkstationCode(new Set([...singles, 'AA', 'AB']))).toBe('AC');
    const doubles = SINGLE.flatMap((a) => SINGLE.map((b) => a + b));
    expect(nextWorkstationCode(new Set([...singles, ...doubles]))).toBe('AAA');
  });

  it('throws when all 24 + 576 + 13,824 codes are taken', () => {
    const all = new Set(SINGLE);
    for (const a of SINGLE) for (const b of SINGLE) all.add(a + b);
    for (const a of SINGLE) for (const b of SINGLE) for (const c of SINGLE) all.add(a + b + c);
    expect(() => nextWorkstationCode(all)).toThrow('no workstation code left');
  });
});

describe('formatTicketNumber', () => {
  it('joins the code and the sequence with a hyphen', () => {
    expect(formatTicketNumber('T', 1042)).toBe('T-1042');
    expect(formatTicketNumber('AB', 1001)).toBe('AB-1001');
  });
});

describe('parseTicketNumber', () => {
  it.each([
    ['T-1042', 'T', 1042],
    ['AB-7', 'AB', 7],
    ['XYZ-123456789', 'XYZ', 123_456_789],
  ])('reads %j as code %s, sequence %d', (text, code, sequence) => {
    expect(parseTicketNumber(text)).toEqual({ code, sequence });
  });

  it.each(['', 'T1042', 'T-', '-1042', 't-1042', 'ABCD-1', 'T-1234567890', 'T-10.5', ' T-1042', 'T-1042 ', 'T--1042', 'INC0012345'])(
    'refuses %j, not in the <code>-<n> form',
    (text) => {
      expect(parseTicketNumber(text)).toBeNull();
    },
  );
});

describe('highestSequence', () => {
  const numbers = ['T-1001', 'A-1005', 'T-1042', 'T-999', 'INC0012345', 'AT-2000'];

  it('gives the highest sequence among the numbers with that code, ignoring other codes and foreign numbers', () => {
    expect(highestSequence(numbers, 'T')).toBe(1042);
    expect(highestSequence(numbers, 'A')).toBe(1005);
  });

  it('gives 0 when no number carries the code', () => {
    expect(highestSequence(numbers, 'B')).toBe(0);
    expect(highestSequence([], 'T')).toBe(0);
  });
});

describe('countersPast', () => {
  it('moves each code past the highest sequence it carries, and adds codes it did not know', () => {
    expect(countersPast({ T: 1003 }, ['T-1001', 'T-1007', 'A-1002', 'T-1005'])).toEqual({ T: 1007, A: 1002 });
  });

  it('never moves a counter back', () => {
    expect(countersPast({ T: 1200, A: 1001 }, ['T-1003', 'A-1001'])).toEqual({ T: 1200, A: 1001 });
  });

  it('ignores numbers not in the <code>-<n> form', () => {
    expect(countersPast({}, ['INC0012345', 'T1042', ''])).toEqual({});
  });

  it('gives back the same counters, unchanged, when nothing moves (so nothing need be written)', () => {
    const counters = { T: 1010 };
    expect(countersPast(counters, ['T-1001', 'T-1010'])).toBe(counters);
    expect(counters).toEqual({ T: 1010 });
  });
});
