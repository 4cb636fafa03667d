/**
 * Probes the bench runs in the app's page (serialised by Playwright, so each is self-contained).
 * Times are `performance.now()` in the page: milliseconds since the navigation started.
 */

/** What begins the console line that tells the marks (installMarks). */
export const MARKS_TOLD = 'klok-marks ';

/**
 * Installed before the app loads: marks when the first queue row exists, the frame after that
 * (board shown: from the kept first screen where there is one, decision 27), the first idle moment
 * after it (interactive), when the desk is ready (what it shows is the store's), and the frame
 * after the board lists every open ticket (its count no longer busy: all). Tells them on the
 * console (`klok-marks {…}`, MARKS_TOLD) once all are in: the bench waits for that line rather
 * than asking the page, as Playwright's polling runs its own script in the page (25-75 ms of it in
 * a trace, right while the desk draws its first screen).
 */
export function installMarks(): void {
  const marks: Record<string, number> = {};
  const mark = (name: string) => {
    if (!(name in marks)) marks[name] = performance.now();
  };
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-app-state="ready"]')) mark('ready');
    if (!('rows' in marks) && document.querySelector('.queue [role="row"][aria-rowindex="2"]')) {
      mark('rows');
      requestAnimationFrame(() => setTimeout(() => mark('shown')));
      requestIdleCallback(() => mark('idle'));
    }
    if ('ready' in marks && 'rows' in marks && document.querySelector('.board [aria-live][aria-busy="false"]')) {
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => mark('all')));
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-app-state'] });
  const tell = () => {
    if (['shown', 'idle', 'ready', 'all'].every((name) => name in marks)) console.log(`klok-marks ${JSON.stringify(marks)}`);
    else setTimeout(tell, 50);
  };
  setTimeout(tell, 50);
}

/**
 * Presses R on the selected ticket (the queue's respond shortcut) and resolves with the time until
 * its row on the board changed (or left the view), and the frame after that was drawn.
 */
export function respondAndWatch(ticketId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const grid = document.querySelector('.queue');
    const rowSelector = `[id="ticket-row-${ticketId}"]`;
    const before = document.querySelector(rowSelector)?.textContent ?? '';
    let t0 = 0;
    const observer = new MutationObserver(() => {
      const row = document.querySelector(rowSelector);
      if (row && row.textContent === before) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
    });
    observer.observe(grid ?? document, { subtree: true, childList: true, characterData: true });
    t0 = performance.now();
    grid?.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true }));
    setTimeout(() => {
      observer.disconnect();
      reject(new Error(`ticket ${ticketId}'s row did not change within a minute`));
    }, 60_000);
  });
}

/** The id of the first row in view whose ticket waits for its response (New, response timer next). */
export function firstNewRow(): string | null {
  for (const row of document.querySelectorAll('.queue [role="row"][id^="ticket-row-"]')) {
    const isNew = row.querySelector('.cell-status')?.textContent === 'New';
    const isResponseRunning =
      row.querySelector('.cell-next')?.textContent?.includes('Response') &&
      row.querySelector('.cell-remaining .countdown')?.getAttribute('data-health') !== 'met';
    if (isNew && isResponseRunning) return row.id.slice('ticket-row-'.length);
  }
  return null;
}

/** Notes when the next file is chosen in the page (a `change` event), for importAndWatch. */
export function noteFileChoice(): void {
  document.addEventListener('change', () => Object.assign(globalThis, { __klokChosenAt: performance.now() }), { capture: true, once: true });
}

/**
 * Clicks the import button and resolves with the time until the board shows `count` open tickets:
 * from the click (`fromClick`), and from the moment the file was chosen (`fromChoice`, noteFileChoice).
 */
export function importAndWatch(count: number): Promise<{ fromClick: number; fromChoice: number }> {
  return new Promise((resolve, reject) => {
    const button = [...document.querySelectorAll('dialog button, [role="dialog"] button')].find((b) => b.textContent?.startsWith('Import desk…'));
    if (!(button instanceof HTMLElement)) {
      reject(new Error('no import button'));
      return;
    }
    const wanted = `${count} of ${count} open tickets`;
    let t0 = 0;
    const observer = new MutationObserver(() => {
      if (!document.body.textContent?.includes(wanted) || !document.querySelector('.queue [role="row"][aria-rowindex="2"]')) return;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          const end = performance.now();
          const chosenAt = (globalThis as { __klokChosenAt?: number }).__klokChosenAt ?? Number.NaN;
          resolve({ fromClick: end - t0, fromChoice: end - chosenAt });
        }),
      );
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    t0 = performance.now();
    button.click();
    setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the board did not show ${count} tickets within five minutes: ${document.querySelector('[role="alert"]')?.textContent ?? ''}`));
    }, 300_000);
  });
}

/**
 * Clicks the button whose text is `button` and resolves with the time until an element matching
 * `selector` exists whose aria-label is not `notLabel` (a new period's table), and the frame after
 * it was drawn. With the label it found.
 */
export function clickAndWatch({
  button,
  selector,
  notLabel,
}: {
  button: string;
  selector: string;
  notLabel: string | null;
}): Promise<{ ms: number; label: string }> {
  return new Promise((resolve, reject) => {
    let t0 = 0;
    const found = () => [...document.querySelectorAll(selector)].find((el) => el.getAttribute('aria-label') !== notLabel);
    const observer = new MutationObserver(() => {
      const el = found();
      if (!el) return;
      observer.disconnect();
      const label = el.getAttribute('aria-label') ?? '';
      requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - t0, label })));
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
    const target = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === button);
    if (!target) {
      observer.disconnect();
      reject(new Error(`no button "${button}"`));
      return;
    }
    t0 = performance.now();
    target.click();
    setTimeout(() => {
      observer.disconnect();
      reject(new Error(`nothing matched ${selector} within a minute`));
    }, 60_000);
  });
}

/**
 * What IndexedDB alone takes to write what the store holds: every record of every object store of
 * `dbName`, read back and written in one transaction (durability strict, as Klok writes) into a
 * new database with the same stores and indexes. The floor under the import's figure: the store's
 * own code comes on top of it.
 */
export async function indexedDbFloor(dbName: string): Promise<{ records: number; ms: number }> {
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const open = (name: string, version?: number, upgrade?: (db: IDBDatabase) => void) => {
    const r = indexedDB.open(name, version);
    if (upgrade) r.onupgradeneeded = () => upgrade(r.result);
    return request(r);
  };
  const source = await open(dbName);
  const names = [...source.objectStoreNames];
  const read = source.transaction(names, 'readonly');
  const specs = names.map((name) => {
    const store = read.objectStore(name);
    const indexes = [...store.indexNames].map((i) => {
      const index = store.index(i);
      return { name: i, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  });
  const data = await Promise.all(names.map((name) => request(read.objectStore(name).getAll())));
  const keys = await Promise.all(names.map((name, i) => (specs[i]?.keyPath === null ? request(read.objectStore(name).getAllKeys()) : Promise.resolve(null))));
  source.close();
  const copy = `klok-floor-${Math.random()}`;
  const target = await open(copy, 1, (db) => {
    for (const spec of specs) {
      const store = db.createObjectStore(spec.name, { keyPath: spec.keyPath, autoIncrement: spec.autoIncrement });
      for (const index of spec.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
    }
  });
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const write = target.transaction(names, 'readwrite', { durability: 'strict' });
    names.forEach((name, i) => {
      const store = write.objectStore(name);
      const outOfLine = keys[i];
      (data[i] ?? []).forEach((record, j) => (outOfLine ? store.add(record, outOfLine[j]) : store.add(record)));
    });
    write.oncomplete = () => resolve();
    write.onerror = () => reject(write.error);
  });
  const ms = performance.now() - t0;
  target.close();
  await request(indexedDB.deleteDatabase(copy));
  return { records: data.reduce((n, d) => n + d.length, 0), ms };
}
