// Fetches the Electron binary after `npm install` (Electron >= 42 has no install script of its own).
// Offline, or where the download host is unreachable, this must not fail the install:
// everything but the desktop shell (engine, CLI, web target, tests) works without the binary.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let installer;
try {
  installer = require.resolve('electron/install.js');
} catch {
  process.exit(0); // electron is a dev dependency; a production install has none
}
if (process.env.KLOK_SKIP_ELECTRON === '1') {
  console.log('klok: KLOK_SKIP_ELECTRON=1, not fetching the Electron binary.');
  process.exit(0);
}
const result = spawnSync(process.execPath, [installer], { stdio: 'inherit', timeout: 300_000 });
const pathFile = new URL('../node_modules/electron/path.txt', import.meta.url);
if (result.status === 0 && existsSync(pathFile)) process.exit(0);
console.warn(
  'klok: the Electron binary could not be downloaded (no internet?). ' +
    'The desktop app will not start, but `npm run web` and `npm test` work. ' +
    'Run `npx install-electron` once you are online.',
);
process.exit(0);
