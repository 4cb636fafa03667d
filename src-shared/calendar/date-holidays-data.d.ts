/**
 * The raw data module of date-holidays (untyped upstream): every country's holiday rules on Node;
 * in the renderer's build the bundled countries only, the others registered on demand
 * (registerHolidayCountries in holidays.ts).
 */
declare module 'date-holidays/data' {
  export const data: { version: string; license: string; names: Record<string, object>; holidays: Record<string, object> };
}
