import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { issue, type InputIssue } from '../validation/issues';

/** The country a number without `+` is read in: the desk's (Dutch numbers such as 030 200 1234). */
export const DEFAULT_COUNTRY: CountryCode = 'NL';

export type PhoneParse = { readonly ok: true; readonly e164: string } | { readonly ok: false; readonly issue: InputIssue };

/**
 * Reads a phone number as an agent types it ("030 200 1234", "+1 212 555 0100") into E.164, the
 * form Klok stores, with libphonenumber-js; refuses text that is not a valid number, naming `field`.
 */
export function parsePhone(textIn: string, field = 'phone', country: CountryCode = DEFAULT_COUNTRY): PhoneParse {
  const parsed = parsePhoneNumberFromString(textIn.trim(), country);
  if (!parsed?.isValid()) return { ok: false, issue: issue(field, `"${textIn.trim()}" is not a valid phone number`, 'phone.invalid_number') };
  return { ok: true, e164: parsed.number };
}

/**
 * A stored E.164 number as people read it: in the national format when it is a number of the
 * desk's country (030 200 1234), else internationally (+1 212 555 0100).
 */
export function formatPhone(e164: string, country: CountryCode = DEFAULT_COUNTRY): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === country ? parsed.formatNational() : parsed.formatInternational();
}
