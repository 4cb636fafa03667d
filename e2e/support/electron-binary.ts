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

export const WHY_ELECTRON_SKIPPED =
  'No Electron binary on this machine (node_modules/electron/path.txt is missing), so the desktop tests are skipped. Run `npx install-electron` with internet access to run them.';
