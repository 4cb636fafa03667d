import { DateTime } from 'luxon';
import { useState } from 'react';
import { closingDaysOfYear, type ClosingDay } from '../../../src-shared/calendar/closing-days';
import type { Contract } from '../../../src-shared/desk-log/projections/entities';
import { now as appNow } from '../../clock/app-clock';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { useCurrentTerms } from '../policies/queries';

/**
 * The days a contract's calendar closes in a year — holidays on working weekdays and the desk's
 * closures — named in the screen's language, a year at a time: how a lead checks the calendar the
 * clocks run on (the `sla` command's explanations name the same days).
 */
export function ClosingDays({ contract, label, onClose }: { contract: Contract; label: string; onClose: () => void }) {
  const { t, language } = useI18n();
  const { plans } = useDeskServices();
  const termsOf = useCurrentTerms();
  const calendar = plans.planFor(termsOf(contract)).calendar;
  const [year, setYear] = useState(() => DateTime.fromMillis(appNow(), { zone: calendar.zone }).year);
  const days = closingDaysOfYear(calendar.spec, year, language);
  const title = t('closingDays.of', { name: label, year });
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <p className="muted">{t('closingDays.explain', { calendar: calendar.spec.name ?? calendar.id, zone: calendar.zone })}</p>
      <div className="button-row">
        <button type="button" onClick={() => setYear(year - 1)} disabled={year <= 1970}>
          {t('closingDays.previous')}
        </button>
        <button type="button" onClick={() => setYear(year + 1)} disabled={year >= 2199}>
          {t('closingDays.next')}
        </button>
        <button type="button" onClick={onClose}>
          {t('closingDays.close')}
        </button>
      </div>
      {days.length === 0 ? (
        <p>{t('closingDays.none')}</p>
      ) : (
        <table aria-label={title}>
          <thead>
            <tr>
              <th scope="col">{t('closingDays.col.date')}</th>
              <th scope="col">{t('closingDays.col.name')}</th>
              <th scope="col">{t('closingDays.col.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <ClosingDayRow key={d.date} day={d} zone={calendar.zone} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** One closing day as a row: the date (weekday, day, month), its name, and what kind of day it is. */
export function ClosingDayRow({ day, zone }: { day: ClosingDay; zone: string }) {
  const { t, locale } = useI18n();
  return (
    <tr data-date={day.date}>
      <th scope="row">
        <time dateTime={day.date}>
          {DateTime.fromISO(day.date, { zone }).setLocale(locale).toLocaleString({ weekday: 'long', day: 'numeric', month: 'long' })}
        </time>
      </th>
      <td>{day.name}</td>
      <td>
        {day.kind === 'holiday'
          ? t('closingDays.holiday')
          : day.hours
            ? t('closingDays.partial', { hours: day.hours.map(([s, e]) => `${s}–${e}`).join(', ') })
            : t('closingDays.closure')}
      </td>
    </tr>
  );
}
