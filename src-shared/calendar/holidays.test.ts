import moment from 'moment-timezone';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holidayName, holidaysOfYear } from './holidays';

const NL = { country: 'NL', types: ['public'] };
const US = { country: 'US', types: ['public'] };

describe('holidays', () => {
  afterEach(() => vi.restoreAllMocks());

  describe('holidayName', () => {
    it("names King's Day in English and in Dutch", () => {
      expect(holidayName(NL, '2026-04-27', 'en')).toBe("King's Day"); // Mon
      expect(holidayName(NL, '2026-04-27', 'nl')).toBe('Koningsdag');
    });
    it('takes the Dutch name of a US holiday where date-holidays has one, the English one where not', () => {
      expect(holidayName(US, '2026-12-25', 'nl')).toBe('Kerstmis'); // Fri
      expect(holidayName(US, '2026-01-19', 'nl')).toBe('Martin Luther King Jr. Day'); // Mon
    });
    it('names no holiday on an ordinary day', () => {
      expect(holidayName(NL, '2026-04-28', 'nl')).toBeUndefined(); // Tue
    });
  });

  describe('holidaysOfYear', () => {
    // The renderer ships moment-timezone without zone data: a holiday asked for in a zone logs
    // "Moment Timezone has no data for Europe/Amsterdam" there. Klok asks for local dates only.
    it('asks moment-timezone for no zone and logs nothing', () => {
      const tz = vi.spyOn(moment, 'tz');
      const warn = vi.spyOn(console, 'warn');
      const error = vi.spyOn(console, 'error');
      const dates = [...holidaysOfYear({ country: 'BE', types: ['public'] }, 2031).keys()];
      expect(dates).toContain('2031-07-21'); // Mon, Belgian National Day
      expect(tz).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
    });
  });
});
