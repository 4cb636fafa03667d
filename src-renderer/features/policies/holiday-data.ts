import { HOLIDAY_COUNTRIES, HOLIDAY_COUNTRY_LOADERS } from 'virtual:klok/holiday-countries';
import { hasHolidayCountry, holidayRegions, holidayStates, registerHolidayCountries, type HolidayLanguage } from '../../../src-shared/calendar/holidays';
import type { Option } from '../../ui/fields';

// Every country date-holidays knows, each loaded when first asked for: the first load holds the
// built-in calendars' countries only (scripts/renderer-holiday-data.ts,
// docs/decisions/0019-holidays-on-demand.md).

const loads = new Map<string, Promise<void>>();

/**
 * Makes a country's holidays available in this window: imports its chunk (with those of the
 * countries its rules take days from) once and registers it with the engine. Afterwards
 * `compileCalendar`, `holidaysOfYear` and `holidayName` work with the country. Resolves at once
 * for a country already here and for a code date-holidays does not know (`compileCalendar` then
 * says so); codes are upper case ("JP"). A failed import rejects, and the next call tries again.
 */
export function ensureHolidayCountry(code: string): Promise<void> {
  if (isHolidayCountryLoaded(code) || !Object.hasOwn(HOLIDAY_COUNTRIES, code)) return Promise.resolve();
  let load = loads.get(code);
  if (!load) {
    load = loadCountry(code).catch((error: unknown) => {
      loads.delete(code);
      throw error;
    });
    loads.set(code, load);
  }
  return load;
}

/** Whether the country's holidays are here: bundled, or loaded by ensureHolidayCountry. */
export function isHolidayCountryLoaded(code: string): boolean {
  return hasHolidayCountry(code);
}

async function loadCountry(code: string): Promise<void> {
  const codes = [code, ...(HOLIDAY_COUNTRIES[code]?.requires ?? [])].filter((c) => !hasHolidayCountry(c));
  const chunks = await Promise.all(
    codes.map((c) => {
      const load = HOLIDAY_COUNTRY_LOADERS[c];
      return load ? load() : Promise.reject(new Error(`No holiday data for the country "${c}" in this build`));
    }),
  );
  // All at once: a country's rules may take days from the others.
  registerHolidayCountries(chunks.map((chunk) => chunk.country));
}

const collators = { en: new Intl.Collator('en'), nl: new Intl.Collator('nl') } satisfies Record<HolidayLanguage, Intl.Collator>;
const regionNames = new Map<HolidayLanguage, Intl.DisplayNames>();

/**
 * A country's name in `language`: date-holidays' own where it has one in that language, else the
 * platform's (Intl, CLDR: "Japan" in Dutch too, where date-holidays would say "日本"), else
 * date-holidays' English name.
 */
export function holidayCountryName(code: string, language: HolidayLanguage): string {
  const names = HOLIDAY_COUNTRIES[code]?.names;
  if (!names) return code;
  if (language === 'en') return names.en;
  if (names.nl) return names.nl;
  let display = regionNames.get(language);
  if (!display) regionNames.set(language, (display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' })));
  return display.of(code) ?? names.en;
}

const countryOptions = new Map<HolidayLanguage, readonly Option[]>();

/** Every country date-holidays knows, named in `language`, sorted by name. Cheap: loads no holiday data. */
export function holidayCountryOptions(language: HolidayLanguage): readonly Option[] {
  let options = countryOptions.get(language);
  if (!options) {
    options = sorted(
      Object.keys(HOLIDAY_COUNTRIES).map((code) => ({ value: code, label: holidayCountryName(code, language) })),
      language,
    );
    countryOptions.set(language, options);
  }
  return options;
}

/** The states (or provinces) of a country, named in `language` where date-holidays has it; empty when it has none. Loads the country first. */
export async function holidayStateOptions(country: string, language: HolidayLanguage): Promise<readonly Option[]> {
  await ensureHolidayCountry(country);
  return sorted(optionsOf(holidayStates(country, language)), language);
}

/** The regions of a state, named in `language` where date-holidays has it; empty when it has none. Loads the country first. */
export async function holidayRegionOptions(country: string, state: string, language: HolidayLanguage): Promise<readonly Option[]> {
  await ensureHolidayCountry(country);
  return sorted(optionsOf(holidayRegions(country, state, language)), language);
}

function optionsOf(names: Readonly<Record<string, string>>): Option[] {
  return Object.entries(names).map(([value, label]) => ({ value, label }));
}

function sorted(options: Option[], language: HolidayLanguage): readonly Option[] {
  const collator = collators[language];
  return options.sort((a, b) => collator.compare(a.label, b.label) || a.value.localeCompare(b.value));
}
