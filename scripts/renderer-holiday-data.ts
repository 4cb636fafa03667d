import { data as allHolidays } from 'date-holidays/data';
import type { Plugin } from 'vite';

/**
 * Holiday data the renderer ships: the countries of the built-in presets and their neighbours.
 * date-holidays carries ~200 countries (≈ 800 KB); the desk's calendars use only these. The
 * engine on Node (the `sla` command, tests) keeps every country.
 */
export const RENDERER_HOLIDAY_COUNTRIES = ['NL', 'US', 'BE', 'DE', 'GB', 'FR'];

/** The data module date-holidays would load, cut down to `countries`. */
export function holidayDataModule(countries: readonly string[]): string {
  const holidays = Object.fromEntries(Object.entries(allHolidays.holidays).filter(([code]) => countries.includes(code)));
  return `export const data = ${JSON.stringify({ ...allHolidays, holidays })};`;
}

/** Whether any of `countries` has holidays computed from equinoxes or solstices. */
export function usesEquinoxRules(countries: readonly string[]): boolean {
  return countries.some((code) => /equinox|solstice/i.test(JSON.stringify(allHolidays.holidays[code] ?? {})));
}

/**
 * Vite plugin and alias for the renderer. date-holidays uses moment-timezone's zone data
 * (≈ 700 KB) for equinox-based holidays, which none of the shipped countries has, and for a
 * holiday's start and end instants, which Klok never asks for (src-shared/calendar/holidays.ts
 * takes local dates and resolves them with Luxon). So the renderer takes moment-timezone without
 * its data.
 */
export function rendererHolidayData(): { plugin: Plugin; alias: { find: RegExp; replacement: string }[] } {
  return {
    plugin: {
      name: 'klok:renderer-holiday-data',
      enforce: 'pre',
      load: (id) => (/date-holidays[\\/]src[\\/]data\.js$/.test(id) ? holidayDataModule(RENDERER_HOLIDAY_COUNTRIES) : null),
    },
    alias: usesEquinoxRules(RENDERER_HOLIDAY_COUNTRIES) ? [] : [{ find: /^moment-timezone$/, replacement: 'moment-timezone/moment-timezone.js' }],
  };
}
