// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { onDemand } from './on-demand';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

/** A module that arrives when the test says so. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('onDemand', () => {
  it('says it loads, then draws the part with its props once the module is in, and loads it once', async () => {
    const module = deferred<typeof Greeting>();
    let loads = 0;
    const Part = onDemand(() => {
      loads++;
      return module.promise;
    }, 'loading');
    act(() => root.render(<I18nProvider language="nl">{<Part name="Ann" />}</I18nProvider>));
    expect(container.textContent).toBe('Bezig met laden…');
    await act(async () => module.resolve(Greeting));
    expect(container.textContent).toBe('Hello Ann');
    act(() => root.render(<I18nProvider language="nl">{<Part name="Bob" />}</I18nProvider>));
    expect(container.textContent).toBe('Hello Bob');
    expect(loads).toBe(1);
  });

  it('shows nothing meanwhile for a dialog, and says so in the user language when the module cannot be loaded', async () => {
    const module = deferred<typeof Greeting>();
    const Part = onDemand(() => module.promise, 'none');
    act(() => root.render(<I18nProvider language="en">{<Part name="Ann" />}</I18nProvider>));
    expect(container.textContent).toBe('');
    await act(async () => module.reject(new Error('offline')));
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('This part of Klok could not be loaded. Reload the page to try again.');
  });
});
