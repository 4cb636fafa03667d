import { useEffect, useId, useRef, useState } from 'react';
import type { HolidaySource } from '../../../src-shared/calendar/calendar-spec';
import { HOLIDAY_TYPES } from '../../../src-shared/calendar/holidays';
import { useI18n } from '../../i18n/i18n';
import { SelectField, type Option } from '../../ui/fields';
import { holidayCountryName, holidayCountryOptions, holidayRegionOptions, holidayStateOptions, isHolidayCountryLoaded } from './holiday-data';

type HolidayType = (typeof HOLIDAY_TYPES)[number];

const DEFAULT_TYPES: readonly HolidayType[] = ['public'];

function typesOf(source: HolidaySource | null): readonly string[] {
  return source?.types && source.types.length > 0 ? source.types : DEFAULT_TYPES;
}

function keyOf(source: HolidaySource | null): string {
  return source ? [source.country, source.state ?? '', source.region ?? '', typesOf(source).join(',')].join('|') : '';
}

function sourceOf(country: string, types: readonly string[], state?: string, region?: string): HolidaySource {
  return { country, ...(state ? { state } : {}), ...(state && region ? { region } : {}), types };
}

/**
 * Where a calendar's holidays come from: a country (or none), its state and region where
 * date-holidays has them, and the kinds of holiday that close the desk. A country's data loads on
 * first choice; `onChange` gets a source only once its data is here, so `compileCalendar` can take
 * every value this component gives.
 */
export function HolidaySourceFields({ value, onChange }: { value: HolidaySource | null; onChange: (source: HolidaySource | null) => void }) {
  const { t, language } = useI18n();
  const typesHintId = useId();
  // A country chosen whose data is still loading: shown in the select, given to onChange once
  // loaded, and forgotten if the value changes meanwhile (another calendar opened).
  const [pending, setPending] = useState<{ country: string; base: string } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [states, setStates] = useState<{ country: string; options: readonly Option[] } | null>(null);
  const [regions, setRegions] = useState<{ country: string; state: string; options: readonly Option[] } | null>(null);
  const latest = useRef({ value, onChange });
  useEffect(() => {
    latest.current = { value, onChange };
  });

  const base = keyOf(value);
  const pendingCountry = pending?.base === base ? pending.country : null;
  const country = pendingCountry ?? value?.country ?? '';
  const state = pendingCountry ? undefined : value?.state;

  // Loads the country (once per window) and lists its states; hands over a pending choice.
  useEffect(() => {
    if (!country) return;
    let isCurrent = true;
    void holidayStateOptions(country, language).then(
      (options) => {
        if (!isCurrent) return;
        setStates({ country, options });
        if (pendingCountry !== country || keyOf(latest.current.value) !== base) return;
        setPending(null);
        latest.current.onChange(sourceOf(country, typesOf(latest.current.value)));
      },
      () => isCurrent && setFailed(country),
    );
    return () => {
      isCurrent = false;
    };
  }, [country, pendingCountry, base, language, attempt]);

  useEffect(() => {
    if (!country || !state) return;
    let isCurrent = true;
    void holidayRegionOptions(country, state, language).then(
      (options) => isCurrent && setRegions({ country, state, options }),
      () => undefined, // the country's own load reports a failure
    );
    return () => {
      isCurrent = false;
    };
  }, [country, state, language]);

  const chooseCountry = (code: string) => {
    setFailed(null);
    if (code !== '' && !isHolidayCountryLoaded(code)) {
      setPending({ country: code, base });
      return;
    }
    setPending(null);
    onChange(code === '' ? null : sourceOf(code, typesOf(value)));
  };

  const toggleType = (type: HolidayType, isChecked: boolean) => {
    if (!value) return;
    const chosen = HOLIDAY_TYPES.filter((k) => (k === type ? isChecked : typesOf(value).includes(k)));
    if (chosen.length > 0) onChange(sourceOf(value.country, chosen, value.state, value.region));
  };

  const hasFailed = country !== '' && failed === country;
  const isLoading = country !== '' && !hasFailed && !isHolidayCountryLoaded(country);
  const stateOptions = !pendingCountry && states?.country === country ? states.options : [];
  const regionOptions = state && regions?.country === country && regions.state === state ? regions.options : [];
  const types = typesOf(value);
  const countryName = country ? holidayCountryName(country, language) : '';

  return (
    <fieldset className="holiday-source" aria-busy={isLoading}>
      <legend>{t('holidaySource.legend')}</legend>
      <SelectField
        label={t('holidaySource.country')}
        value={country}
        options={holidayCountryOptions(language)}
        emptyLabel={t('holidaySource.none')}
        onChange={chooseCountry}
      />
      <p role="status" className="muted">
        {isLoading ? t('holidaySource.loading', { country: countryName }) : ''}
      </p>
      {hasFailed ? (
        <p role="alert" className="error">
          {t('holidaySource.loadFailed', { country: countryName })}{' '}
          <button
            type="button"
            onClick={() => {
              setFailed(null);
              setAttempt((n) => n + 1);
            }}
          >
            {t('holidaySource.retry')}
          </button>
        </p>
      ) : null}
      {value && stateOptions.length > 0 ? (
        <SelectField
          label={t('holidaySource.state')}
          value={value.state ?? ''}
          options={stateOptions}
          emptyLabel={t('holidaySource.wholeCountry', { country: countryName })}
          onChange={(s) => onChange(sourceOf(value.country, types, s))}
        />
      ) : null}
      {value?.state && regionOptions.length > 0 ? (
        <SelectField
          label={t('holidaySource.region')}
          value={value.region ?? ''}
          options={regionOptions}
          emptyLabel={t('holidaySource.wholeState', { state: stateOptions.find((o) => o.value === value.state)?.label ?? value.state })}
          onChange={(r) => onChange(sourceOf(value.country, types, value.state, r))}
        />
      ) : null}
      {value ? (
        <fieldset aria-describedby={typesHintId}>
          <legend>{t('holidaySource.types')}</legend>
          {HOLIDAY_TYPES.map((type) => {
            const isChecked = types.includes(type);
            return (
              <TypeCheckbox
                key={type}
                label={t(`holidaySource.type.${type}`)}
                isChecked={isChecked}
                // The last kind left stays: no kind at all would silently mean "public" to the engine.
                isDisabled={isChecked && types.length === 1}
                onChange={(c) => toggleType(type, c)}
              />
            );
          })}
          <p id={typesHintId} className="muted">
            {t('holidaySource.typesHint')}
          </p>
        </fieldset>
      ) : null}
    </fieldset>
  );
}

function TypeCheckbox({
  label,
  isChecked,
  isDisabled,
  onChange,
}: {
  label: string;
  isChecked: boolean;
  isDisabled: boolean;
  onChange: (isChecked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="field checkbox">
      <input id={id} type="checkbox" checked={isChecked} disabled={isDisabled} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
