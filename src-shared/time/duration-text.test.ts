import { describe, expect, it } from 'vitest';
import { durationToMs, hasDurationPrecision, parseDurationText } from './duration-text';

// Durations as the SLA tables write them (SPEC §4): minutes, hours, business days and weeks.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const EIGHT_HOUR_DAY = 8 * HOUR; // Scope4mation, Connect & Engage, Konneqt Enterprise
const TWELVE_HOUR_DAY = 12 * HOUR; // Konneqt Americas 12×5

describe('parseDurationText', () => {
  it.each([
    ['15m', 15, 'm'],
    ['2h', 2, 'h'],
    ['1bd', 1, 'bd'],
    ['1bw', 1, 'bw'],
    ['10bd', 10, 'bd'],
    ['72h', 72, 'h'],
  ])('reads %j as %d %s', (text, amount, unit) => {
    expect(parseDurationText(text)).toEqual({ amount, unit });
  });

  it('reads decimal fractions with a point', () => {
    expect(parseDurationText('1.5h')).toEqual({ amount: 1.5, unit: 'h' });
    expect(parseDurationText('0.5bd')).toEqual({ amount: 0.5, unit: 'bd' });
    expect(parseDurationText('2.25bw')).toEqual({ amount: 2.25, unit: 'bw' });
  });

  it('reads up to four decimals, trailing zeros aside', () => {
    expect(parseDurationText('0.0001m')).toEqual({ amount: 0.0001, unit: 'm' });
    expect(parseDurationText('0.0625bd')).toEqual({ amount: 0.0625, unit: 'bd' });
    expect(parseDurationText('1.500000h')).toEqual({ amount: 1.5, unit: 'h' });
  });

  it.each([
    '0.00000001m', // 0.0006 ms: would be 0 ms
    '0.00001m', // 0.6 ms
    '1.00001m', // 60,000.6 ms
    '0.00001h', // 36 ms, but finer than the rule
    '0.00001bd',
    '2.123456bw',
    '0.000000000000000000001h',
  ])('refuses %j, with more than four decimals (finer than a millisecond, or 0 ms, on some calendar)', (text) => {
    expect(parseDurationText(text)).toBeNull();
  });

  it('allows spaces around the text and between number and unit', () => {
    expect(parseDurationText(' 2h ')).toEqual({ amount: 2, unit: 'h' });
    expect(parseDurationText('2 h')).toEqual({ amount: 2, unit: 'h' });
    expect(parseDurationText('1 bw')).toEqual({ amount: 1, unit: 'bw' });
  });

  it.each([
    '', // nothing
    'h', // no number
    '2', // no unit
    '2H', // units are lower case
    '2hours',
    '1d', // a calendar day is not a unit
    '2h30m', // one unit only
    '-1h', // not positive
    '0h',
    '0.0h',
    '1,5h', // decimal comma
    '.5h', // no leading digit
    '5.h', // no digit after the point
    '1e3h', // no exponents
    'Infinityh',
    'NaNh',
    'b d',
    '1 b d',
  ])('refuses %j', (text) => {
    expect(parseDurationText(text)).toBeNull();
  });
});

describe('durationToMs', () => {
  const ms = (text: string, businessDayMs: number): number => {
    const duration = parseDurationText(text);
    if (!duration) throw new Error(`test input ${text} does not parse`);
    return durationToMs(duration, businessDayMs);
  };

  it('converts minutes and hours whatever the business day', () => {
    expect(ms('15m', EIGHT_HOUR_DAY)).toBe(900_000);
    expect(ms('2h', EIGHT_HOUR_DAY)).toBe(7_200_000);
    expect(ms('2h', TWELVE_HOUR_DAY)).toBe(7_200_000);
    expect(ms('1.5h', 0)).toBe(5_400_000);
    expect(ms('0.5m', 0)).toBe(30_000);
  });

  it("converts a business day to the calendar's day length", () => {
    expect(ms('1bd', EIGHT_HOUR_DAY)).toBe(28_800_000);
    expect(ms('1bd', TWELVE_HOUR_DAY)).toBe(43_200_000);
    expect(ms('10bd', EIGHT_HOUR_DAY)).toBe(288_000_000);
    expect(ms('10bd', TWELVE_HOUR_DAY)).toBe(432_000_000);
    expect(ms('0.5bd', EIGHT_HOUR_DAY)).toBe(14_400_000);
  });

  it('converts a business week to five business days', () => {
    expect(ms('1bw', EIGHT_HOUR_DAY)).toBe(144_000_000);
    expect(ms('1bw', TWELVE_HOUR_DAY)).toBe(216_000_000);
    expect(ms('2bw', 24 * HOUR)).toBe(864_000_000);
  });

  it('rounds away floating-point noise', () => {
    expect(ms('0.0001m', 0)).toBe(6); // 6.000000000000001 ms
    expect(ms('0.1h', 0)).toBe(360_000);
    expect(ms('0.0007bw', EIGHT_HOUR_DAY)).toBe(100_800);
  });

  it('gives a whole number of milliseconds, at least 6, for every accepted text on a business day of whole minutes', () => {
    const amounts = ['0.0001', '0.0003', '0.0007', '0.001', '0.3333', '1.9999', '7.1234', '12.0001'];
    for (const day of [60_000, 7 * MINUTE, 8 * HOUR, 8.5 * HOUR + 7 * MINUTE, 24 * HOUR]) {
      for (const amount of amounts) {
        for (const unit of ['m', 'h', 'bd', 'bw']) {
          const duration = parseDurationText(`${amount}${unit}`);
          if (!duration) throw new Error(`${amount}${unit} does not parse`);
          const exact = duration.amount * { m: MINUTE, h: HOUR, bd: day, bw: 5 * day }[duration.unit];
          const rounded = durationToMs(duration, day);
          expect(rounded).toBeGreaterThanOrEqual(6);
          expect(Math.abs(rounded - exact)).toBeLessThan(1e-6 * Math.max(1, exact));
        }
      }
    }
  });
});

describe('hasDurationPrecision', () => {
  it.each([0, 1, -15, 2.5, 0.0001, 0.1, 0.3, 1.2345, -0.0007, 1e9 + 0.25])('accepts %d minutes', (value) => {
    expect(hasDurationPrecision(value)).toBe(true);
  });

  it.each([
    [2400.0001, '24000001.000000004'], // a 40-hour business week and 6 ms
    [4800.0007, '48000006.99999999'],
    [-1440.0004, '-14400003.999999998'],
  ])('accepts %s minutes, though scaling it by 10⁴ gives %s (noise that grows with the amount)', (value, scaled) => {
    expect(String(value * 10_000)).toBe(scaled);
    expect(hasDurationPrecision(value)).toBe(true);
  });

  it.each([0.00001, 0.00000001, 1.23456, -0.00005, 1 / 3, 1e-13, 5e-14, -1e-13])('refuses %d minutes, finer than four decimals', (value) => {
    expect(hasDurationPrecision(value)).toBe(false);
  });
});
