/**
 * The holiday index the renderer's build makes from date-holidays' data
 * (scripts/renderer-holiday-data.ts): every country, and a loader for each country not bundled.
 */
declare module 'virtual:klok/holiday-countries' {
  export interface HolidayCountryEntry {
    /** date-holidays' names of the country in the screens' languages (Dutch for a few only). */
    readonly names: { readonly en: string; readonly nl?: string };
    /** Countries whose days its rules take, registered with it. */
    readonly requires: readonly string[];
  }
  /** One country's chunk: its rules and the holiday names they use (HolidayCountryData in src-shared). */
  export interface HolidayCountryChunk {
    readonly country: { readonly code: string; readonly rules: object; readonly names: Readonly<Record<string, object>> };
  }
  export const HOLIDAY_COUNTRIES: Readonly<Record<string, HolidayCountryEntry>>;
  export const HOLIDAY_COUNTRY_LOADERS: Readonly<Record<string, () => Promise<HolidayCountryChunk>>>;
}
