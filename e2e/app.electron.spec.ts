import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The real desktop shell. It needs the Electron binary, which `npm install` downloads where there
 * is internet. Finding out must not `require('electron')` (that starts a download), so this reads
 * the path file the installer leaves behind.
 */
function electronBinary(): string | null {
  const dir = join(process.cwd(), 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const WHY_SKIPPED = 'No Electron binary on this machine (node_modules/electron/path.txt is missing): the desktop tests are skipped. Run `npx install-electron` with internet access to run them.';
if (binary === null) console.warn(`klok e2e: ${WHY_SKIPPED}`);

test.describe('the Electron app', () => {
  test.skip(binary === null, WHY_SKIPPED);

  test('opens one hardened window showing the desk', async () => {
    const app = await electron.launch({ executablePath: binary ?? undefined, args: ['.', '--no-sandbox'], cwd: process.cwd() });
    const window = await app.firstWindow();
    await expect(window.locator('[data-app-state="ready"]')).toBeVisible();
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    await app.close();
  });
});
