/** The raw data module of date-holidays (untyped upstream): every country's holiday rules. */
declare module 'date-holidays/data' {
  export const data: { version: string; license: string; names: Record<string, object>; holidays: Record<string, object> };
}
