import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';

/** At most this many announcements are kept (the clock forgets those whose deadline is gone). */
const MAX_KEPT = 20_000;

/** What an earlier run announced (deadline keys), so a restart never announces it again; none when the file is missing or damaged. */
export function loadAnnounced(file: string): string[] {
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(json) ? json.filter((k): k is string => typeof k === 'string').slice(-MAX_KEPT) : [];
  } catch {
    return [];
  }
}

/**
 * Keeps the announcements for the next run. Writes are chained (the newest set wins) and atomic
 * (temporary file, then rename): a crash leaves the old set or the new one.
 */
export function announcedKeeper(file: string): (keys: ReadonlySet<string>) => void {
  let chain: Promise<void> = Promise.resolve();
  return (keys) => {
    const text = JSON.stringify([...keys].slice(-MAX_KEPT));
    chain = chain
      .then(async () => {
        await writeFile(`${file}.tmp`, text, 'utf8');
        await rename(`${file}.tmp`, file);
      })
      .catch(() => undefined);
  };
}
