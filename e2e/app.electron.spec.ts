import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary, electronSkipAnnotations, WHY_ELECTRON_SKIPPED } from './support/electron-binary';

/**
 * The real desktop shell; it needs the Electron binary (see support/electron-binary.ts). Where
 * there is none, the test is skipped and the report says why and how to run it (its annotations;
 * playwright.config.ts prints them after the list and writes them to test-results/e2e-report.json).
 */
const binary = electronBinary();

test.describe('the Electron app', () => {
  test.skip(binary === null, WHY_ELECTRON_SKIPPED);

  test('opens one hardened window showing the desk', { annotation: electronSkipAnnotations(binary) }, async () => {
    const app = await electron.launch({ executablePath: binary ?? undefined, args: ['.', '--no-sandbox'], cwd: process.cwd() });
    const window = await app.firstWindow();
    await expect(window.locator('[data-app-state="ready"]')).toBeVisible();
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    await app.close();
  });
});
