import type { DeskPolicy } from '../../../src-shared/policy/desk-policy';
import { ensureHolidayCountry } from './holiday-data';

/**
 * The holiday countries a desk's own policy versions use must be loaded before their calendars
 * compile (decision 19): before a desk file or a page from the sync server is checked, and before
 * the first screen. Each scan looks where policy versions keep their calendars and loads what it
 * finds; a country not loaded yet would be refused as unknown.
 */

/** Countries named by the holiday sources of `policy.adopted` events (store or wire form). */
export function holidayCountriesOfEvents(events: readonly unknown[]): string[] {
  const out = new Set<string>();
  for (const e of events) {
    if (!e || typeof e !== 'object' || (e as { kind?: unknown }).kind !== 'policy.adopted') continue;
    const calendars = (e as { payload?: { calendars?: unknown } }).payload?.calendars;
    if (calendars && typeof calendars === 'object') for (const spec of Object.values(calendars)) addCountryOf(spec, out);
  }
  return [...out];
}

/** Countries named by the calendars of the desk's policy versions. */
export function holidayCountriesOfPolicies(policies: readonly DeskPolicy[]): string[] {
  const out = new Set<string>();
  for (const p of policies) for (const v of p.versions) for (const spec of Object.values(v.calendars)) addCountryOf(spec, out);
  return [...out];
}

/** Countries a desk file's (or a backup's) text names in a holiday source (`"country": "JP"`), found without parsing it twice. */
export function holidayCountriesOfText(text: string): string[] {
  // Quotes may be escaped: a backup holds its desk file as a string.
  return [...new Set([...text.matchAll(/\\?"country\\?"\s*:\s*\\?"([A-Z]{2})\\?"/g)].map((m) => m[1] as string))];
}

function addCountryOf(spec: unknown, out: Set<string>): void {
  const country = (spec as { holidays?: { country?: unknown } } | null)?.holidays?.country;
  if (typeof country === 'string') out.add(country);
}

export async function loadHolidayCountries(codes: readonly string[]): Promise<void> {
  await Promise.all(codes.map((code) => ensureHolidayCountry(code)));
}
