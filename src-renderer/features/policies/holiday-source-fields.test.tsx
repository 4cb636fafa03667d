// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileCalendar } from '../../../src-shared/calendar/calendar-schema';
import type { HolidaySource } from '../../../src-shared/calendar/calendar-spec';
import { I18nProvider, type Language } from '../../i18n/i18n';
import type * as HolidayData from './holiday-data';
import { HolidaySourceFields } from './holiday-source-fields';

// Runs in the `renderer-holidays` project: countries other than NL and US load on demand, as in the app.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// A gate a test may close to hold a country's loading (its chunk would otherwise arrive whenever
// the machine lets it); open, the real functions run straight through.
const gate = vi.hoisted(() => ({ closed: null as Promise<void> | null }));
vi.mock('./holiday-data', async (importOriginal) => {
  const real = await importOriginal<typeof HolidayData>();
  return {
    ...real,
    holidayStateOptions: async (...args: Parameters<typeof real.holidayStateOptions>) => {
      await gate.closed;
      return real.holidayStateOptions(...args);
    },
  };
});

/** Holds country loads until the returned function is called. */
function closeGate(): () => void {
  let open = () => {};
  gate.closed = new Promise((resolve) => (open = resolve));
  return () => {
    gate.closed = null;
    open();
  };
}

let container: HTMLElement;
let root: Root;
const given: (HolidaySource | null)[] = [];

/** The component in a parent that keeps its value, as an editor would. */
function Editor({ initial }: { initial: HolidaySource | null }) {
  const [value, setValue] = useState(initial);
  return (
    <HolidaySourceFields
      value={value}
      onChange={(next) => {
        given.push(next);
        setValue(next);
      }}
    />
  );
}

async function show(initial: HolidaySource | null, language: Language = 'en') {
  await act(async () =>
    root.render(
      <I18nProvider language={language}>
        <Editor initial={initial} />
      </I18nProvider>,
    ),
  );
}

/** The control a label names (the way a screen reader finds it). */
function control<T extends HTMLElement>(label: string): T {
  const found = [...container.querySelectorAll('label')].find((l) => l.textContent === label);
  const element = found ? container.querySelector<T>(`#${CSS.escape(found.htmlFor)}`) : null;
  if (!element) throw new Error(`no control labelled "${label}"`);
  return element;
}

const hasControl = (label: string) => [...container.querySelectorAll('label')].some((l) => l.textContent === label);
const status = () => container.querySelector('[role="status"]')?.textContent ?? '';

async function choose(label: string, value: string) {
  const select = control<HTMLSelectElement>(label);
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const isBusy = () => container.querySelector('[aria-busy="true"]') !== null;

/** Lets a country's chunk load and the component settle (React applies updates when each act ends). */
async function settle() {
  for (let i = 0; i < 500 && isBusy(); i++) await act(() => new Promise((done) => setTimeout(done, 10)));
  await act(() => new Promise((done) => setTimeout(done, 0)));
  expect(isBusy()).toBe(false);
}

const error = vi.spyOn(console, 'error');
const warn = vi.spyOn(console, 'warn');

beforeEach(() => {
  given.length = 0;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('HolidaySourceFields', () => {
  it('offers every country and "No holidays", and no kinds of holiday without a country', async () => {
    await show(null);
    const country = control<HTMLSelectElement>('Country');
    expect(country.value).toBe('');
    expect(country.options[0]?.textContent).toBe('No holidays');
    expect(country.options.length).toBeGreaterThan(200);
    expect(hasControl('Public holidays')).toBe(false);
  });

  it('loads a country on demand, says so, and hands it over only once the engine takes it', async () => {
    await show(null);
    const open = closeGate();
    await choose('Country', 'JP');
    expect(control<HTMLSelectElement>('Country').value).toBe('JP');
    expect(status()).toBe('Loading the holidays of Japan…');
    expect(isBusy()).toBe(true);
    expect(given).toEqual([]);
    open();
    await settle();
    expect(given).toEqual([{ country: 'JP', types: ['public'] }]);
    expect(() => compileCalendar({ zone: 'Asia/Tokyo', week: { mon: [['09:00', '17:00']] }, holidays: given[0] })).not.toThrow();
    expect(status()).toBe('');
    expect(hasControl('State or province')).toBe(false); // Japan has none
  });

  it('offers states and regions where the country has them, each with the whole as the first choice', async () => {
    await show({ country: 'US', types: ['public'] });
    await settle();
    expect(control<HTMLSelectElement>('State or province').options[0]?.textContent).toBe('All of United States of America');
    await choose('State or province', 'LA');
    await settle();
    expect(given.at(-1)).toEqual({ country: 'US', state: 'LA', types: ['public'] });
    await choose('Region', 'NO');
    expect(given.at(-1)).toEqual({ country: 'US', state: 'LA', region: 'NO', types: ['public'] });
    await choose('State or province', '');
    expect(given.at(-1)).toEqual({ country: 'US', types: ['public'] });
    expect(hasControl('Region')).toBe(false);
  });

  it('counts the kinds of holiday ticked, never none', async () => {
    await show({ country: 'NL' });
    const publicHolidays = control<HTMLInputElement>('Public holidays');
    expect(publicHolidays.checked).toBe(true);
    expect(publicHolidays.disabled).toBe(true); // the last one left
    await act(async () => control<HTMLInputElement>('Observances (usually no day off)').click());
    expect(given.at(-1)).toEqual({ country: 'NL', types: ['public', 'observance'] });
    expect(control<HTMLInputElement>('Public holidays').disabled).toBe(false);
    await act(async () => control<HTMLInputElement>('Public holidays').click());
    expect(given.at(-1)).toEqual({ country: 'NL', types: ['observance'] });
  });

  it('keeps the kinds when the country changes, and gives null for no holidays', async () => {
    await show({ country: 'NL', types: ['public', 'bank'] });
    await choose('Country', 'US');
    expect(given.at(-1)).toEqual({ country: 'US', types: ['public', 'bank'] });
    await choose('Country', '');
    expect(given.at(-1)).toBeNull();
    expect(hasControl('Public holidays')).toBe(false);
  });

  it('loads the country of a value it is given, and speaks Dutch', async () => {
    await show({ country: 'AT', state: '9', types: ['public'] }, 'nl');
    await settle();
    expect(control<HTMLSelectElement>('Land').value).toBe('AT');
    expect(control<HTMLSelectElement>('Deelstaat of provincie').value).toBe('9');
    expect(control<HTMLSelectElement>('Deelstaat of provincie').options[0]?.textContent).toBe('Heel Oostenrijk');
    expect(control<HTMLInputElement>('Officiële feestdagen').checked).toBe(true);
    expect(given).toEqual([]);
  });

  it('drops a choice still loading when it is given another value (another calendar opened)', async () => {
    const fields = (value: HolidaySource | null) => (
      <I18nProvider language="en">
        <HolidaySourceFields value={value} onChange={(next) => given.push(next)} />
      </I18nProvider>
    );
    await act(async () => root.render(fields(null)));
    const open = closeGate();
    await choose('Country', 'KE');
    expect(control<HTMLSelectElement>('Country').value).toBe('KE');
    await act(async () => root.render(fields({ country: 'NL' })));
    open();
    await settle();
    expect(control<HTMLSelectElement>('Country').value).toBe('NL');
    expect(given).toEqual([]);
  });

  it('has logged no error or warning (React reports its mistakes there)', () => {
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});
