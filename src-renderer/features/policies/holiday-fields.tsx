import type { HolidaySource } from '../../../src-shared/calendar/calendar-spec';
import { HOLIDAY_TYPES } from '../../../src-shared/calendar/holidays';
import { useI18n } from '../../i18n/i18n';
import { SelectField } from '../../ui/fields';
import { CheckField } from './draft-fields';

const COUNTRIES = ['NL', 'US', 'BE', 'DE', 'GB', 'FR'];

/** The holidays a calendar closes on: a country (or none) and which kinds of its holidays count. */
export function HolidayFields({ value, onChange }: { value: HolidaySource | null; onChange: (source: HolidaySource | null) => void }) {
  const { t, locale } = useI18n();
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const types = value?.types && value.types.length > 0 ? value.types : ['public'];
  return (
    <fieldset>
      <legend>{t('policies.holidays')}</legend>
      <SelectField
        label={t('policies.holidayCountry')}
        value={value?.country ?? ''}
        emptyLabel={t('policies.noHolidays')}
        onChange={(country) => onChange(country === '' ? null : { country, types })}
        options={COUNTRIES.map((c) => ({ value: c, label: names.of(c) ?? c }))}
      />
      {value
        ? HOLIDAY_TYPES.map((type) => (
            <CheckField
              key={type}
              label={t(`policies.holidayType.${type}`)}
              checked={types.includes(type)}
              onChange={(on) => onChange({ ...value, types: on ? [...types, type] : types.filter((x) => x !== type) })}
            />
          ))
        : null}
    </fieldset>
  );
}
