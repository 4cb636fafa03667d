import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/i18n';
import { decimalEuros, formatEuros, formatMinutes, parseEuros } from './money';

describe('money and time on the screen', () => {
  it('shows euros in the locale: € 1.234,50 in Dutch', () => {
    expect(formatEuros(123_450, 'nl-NL').replace(/\s/g, ' ')).toBe('€ 1.234,50');
    expect(formatEuros(123_450, 'en-GB')).toBe('€1,234.50');
  });

  it('writes plain decimals for files, with a point or a comma', () => {
    expect(decimalEuros(123_450, false)).toBe('1234.50');
    expect(decimalEuros(5, true)).toBe('0,05');
    expect(decimalEuros(-100_000, true)).toBe('-1000,00');
  });

  it('reads typed euros as cents', () => {
    expect(parseEuros('250')).toBe(25_000);
    expect(parseEuros('€ 150,5')).toBe(15_050);
    expect(parseEuros('1.234,50')).toBeNull();
    expect(parseEuros('abc')).toBeNull();
  });

  it('says minutes as hours and minutes in both languages', () => {
    expect(formatMinutes(translator('en'), 170)).toBe('2 h 50 min');
    expect(formatMinutes(translator('nl'), 170)).toBe('2 u 50 min');
    expect(formatMinutes(translator('en'), 240)).toBe('4 h');
    expect(formatMinutes(translator('en'), -45)).toBe('−45 min');
  });
});
