/** The agent's own zone: a month (and a query-hours year) runs from its first local midnight to the next one's. */
export const localZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
