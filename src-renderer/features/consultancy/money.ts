import type { Translate } from '../../i18n/i18n';

const euroFormats = new Map<string, Intl.NumberFormat>();

/** Integer cents as euros in the user's locale: `€ 1.234,50` in Dutch, `€1,234.50` in English. */
export function formatEuros(cents: number, locale: string): string {
  let format = euroFormats.get(locale);
  if (!format) euroFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' })));
  return format.format(cents / 100);
}

/** Cents as a plain decimal number for a file: `1234.50`, or `1234,50` with a decimal comma. */
export function decimalEuros(cents: number, comma: boolean): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const text = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return comma ? text.replace('.', ',') : text;
}

/** Whole minutes as "2 h 50 min" ("2 u 50 min" in Dutch); negative ones with a minus. */
export function formatMinutes(t: Translate, minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  const text = h === 0 ? t('consultancy.minutes', { m }) : m === 0 ? t('consultancy.hours', { h }) : t('consultancy.hoursMinutes', { h, m });
  return sign + text;
}

/** "250" or "250,50" or "250.5" (euros typed by a user) as integer cents; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  const cleaned = text.trim().replace(/^€\s*/, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}
