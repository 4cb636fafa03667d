import { existsSync } from 'node:fs';

/** Fails the run with a clear message when the browser the e2e tests need is not installed. */
export function assertChromium(): void {
  const path = process.env['KLOK_CHROMIUM'] ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `End-to-end tests need Chromium at ${path}. On Debian or Ubuntu: sudo apt-get install chromium (or set KLOK_CHROMIUM to a Chromium binary).`,
    );
  }
}
