import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'vite';
import { rendererHolidayData } from '../../scripts/renderer-holiday-data';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, 'out/bench-hooks');

/** Bundles page-hooks.ts into one script (with the renderer's holiday data) and returns its text. */
export async function buildPageHooks(): Promise<string> {
  const holidayData = rendererHolidayData();
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    plugins: holidayData.plugins,
    resolve: { alias: holidayData.alias },
    build: {
      outDir,
      emptyOutDir: true,
      // Readable in a profile.
      minify: false,
      lib: { entry: resolve(import.meta.dirname, 'page-hooks.ts'), formats: ['iife'], name: 'klokBenchHooks', fileName: () => 'page-hooks.js' },
    },
  });
  return readFile(resolve(outDir, 'page-hooks.js'), 'utf8');
}
