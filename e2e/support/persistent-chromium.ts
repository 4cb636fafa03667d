import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';

/** A Chromium of our own on a profile folder that outlives it, so a test can kill it and start it again. */
export interface PersistentChromium {
  readonly browser: Browser;
  readonly page: Page;
  /** SIGKILL to Chromium and all its processes: no shutdown, no flush, as in a crash or a power cut. */
  kill(): Promise<void>;
  close(): Promise<void>;
}

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Debian's Chromium on `profile` and connects over the DevTools protocol. Playwright's own
 * persistent context cannot be killed hard, so the process is ours: started in a process group of
 * its own, killed as one.
 */
export async function launchPersistentChromium(profile: string): Promise<PersistentChromium> {
  const executable = process.env['KLOK_CHROMIUM'] ?? '/usr/bin/chromium';
  const child = spawn(executable, [...ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await devToolsEndpoint(child);
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium started without a browser context');
  const page = context.pages()[0] ?? (await context.newPage());
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    browser,
    page,
    async kill() {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
      await exited;
      await browser.close().catch(() => undefined);
    },
    async close() {
      await browser.close().catch(() => undefined);
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}

function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open its DevTools port within 30 s:\n${output}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before it opened its DevTools port:\n${output}`));
    });
  });
}
