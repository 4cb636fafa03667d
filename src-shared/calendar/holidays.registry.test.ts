import { describe, expect, it } from 'vitest';
import { hasHolidayCountry, holidayName, holidayRegions, holidaysOfYear, holidayStates, isKnownHolidaySource, registerHolidayCountries } from './holidays';

// On Node every country date-holidays knows is here; the renderer registers most of them on demand
// (src-renderer/features/policies/holiday-data.ts, tested there with the renderer's build).

describe('the countries at hand', () => {
  it('are every country date-holidays knows, on Node', () => {
    expect(['NL', 'US', 'JP', 'BR', 'CL', 'TW'].every(hasHolidayCountry)).toBe(true);
    expect(hasHolidayCountry('XX')).toBe(false);
    expect(hasHolidayCountry('toString')).toBe(false);
  });

  it('list their states and regions, named in the language asked where date-holidays can', () => {
    expect(holidayStates('US', 'en')['LA']).toBe('Louisiana');
    expect(holidayStates('AT', 'en')['9']).toBe('Vienna');
    expect(holidayStates('AT', 'nl')['9']).toBe('Wien'); // no Dutch name: the country's own
    expect(holidayRegions('US', 'LA', 'en')).toEqual({ NO: 'New Orleans' });
    expect(holidayStates('JP', 'en')).toEqual({});
    expect(holidayRegions('US', 'NY', 'en')).toEqual({});
    expect(holidayStates('XX', 'en')).toEqual({});
  });

  it('know no state or region named like an object property', () => {
    expect(isKnownHolidaySource({ country: 'DE', state: 'constructor' })).toBe(false);
    expect(isKnownHolidaySource({ country: 'US', state: 'LA', region: 'toString' })).toBe(false);
  });
});

describe('registerHolidayCountries', () => {
  const ZZ = {
    code: 'ZZ',
    rules: { names: { en: 'Zedland' }, langs: ['en'], zones: ['UTC'], days: { '01-02': { _name: 'Zed Day' }, '01-03': { _name: '01-06' } } },
    names: { 'Zed Day': { name: { en: 'Zed Day', nl: 'Zeddag' } } },
  };

  it('adds a country with the names its rules use, forgetting what was asked of it before', () => {
    expect(isKnownHolidaySource({ country: 'ZZ' })).toBe(false);
    expect(holidaysOfYear({ country: 'ZZ' }, 2026).size).toBe(0);
    registerHolidayCountries([ZZ]);
    expect(isKnownHolidaySource({ country: 'ZZ' })).toBe(true);
    expect([...holidaysOfYear({ country: 'ZZ' }, 2026)]).toEqual([
      ['2026-01-02', 'Zed Day'],
      ['2026-01-03', 'Epiphany'], // a name every country shares, already here
    ]);
    expect(holidayName({ country: 'ZZ' }, '2026-01-02', 'nl')).toBe('Zeddag');
  });

  it('changes nothing when a country is registered again', () => {
    const before = [...holidaysOfYear({ country: 'ZZ' }, 2027)];
    registerHolidayCountries([ZZ]);
    expect([...holidaysOfYear({ country: 'ZZ' }, 2027)]).toEqual(before);
    expect(holidayName({ country: 'NL' }, '2026-04-27', 'nl')).toBe('Koningsdag'); // Mon
  });
});
