import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary, WHY_ELECTRON_SKIPPED } from './support/electron-binary';

/** The real desktop shell; it needs the Electron binary (see support/electron-binary.ts). */
const binary = electronBinary();

test.describe('the Electron app', () => {
  test.skip(binary === null, WHY_ELECTRON_SKIPPED);

  test('opens one hardened window showing the desk', async () => {
    const app = await electron.launch({ executablePath: binary ?? undefined, args: ['.', '--no-sandbox'], cwd: process.cwd() });
    const window = await app.firstWindow();
    await expect(window.locator('[data-app-state="ready"]')).toBeVisible();
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    await app.close();
  });
});
