import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron binary, or null. `npm install` downloads it where there is internet. Finding out
 * must not `require('electron')` (that starts a download), so this reads the path file the
 * installer leaves behind.
 */
export function electronBinary(root = process.cwd()): string | null {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const WHY_ELECTRON_SKIPPED = 'No Electron binary on this machine (node_modules/electron/path.txt is missing), so the desktop tests are skipped.';

export const HOW_TO_RUN_ELECTRON_TESTS =
  'Run `npx install-electron` with internet access, then `npx electron-vite build && npx playwright test --project electron`.';

/** The annotation type that says how to run a skipped test; the reason itself is the `skip` annotation. */
export const HOW_TO_RUN = 'how to run';

/**
 * What a desktop test carries in the report where there is no binary: the skip with its reason
 * (as `test.skip` records it) and how to run it. Static, so it is there although the test never runs.
 */
export function electronSkipAnnotations(binary: string | null): { type: string; description: string }[] {
  return binary === null ? [{ type: HOW_TO_RUN, description: HOW_TO_RUN_ELECTRON_TESTS }] : [];
}
