import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { rendererHolidayData } from './scripts/renderer-holiday-data';
import { preloadLazyChunks } from './scripts/preload-lazy-chunks';

const holidayData = rendererHolidayData();

// electron-vite only auto-detects src/main, src/preload and src/renderer: Klok names its entries.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle main's dependencies (zod): the packaged app carries out/ and package.json only, no node_modules.
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be CommonJS.
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src-renderer'),
    base: './',
    // The app's own parts loaded on demand come with the page (offline-first); holiday data does not.
    plugins: [react(), ...holidayData.plugins, preloadLazyChunks(/[/\\]src-renderer[/\\]/)],
    resolve: { alias: holidayData.alias },
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // KLOK_NO_MINIFY=1 keeps names readable in CPU profiles (npm run bench:chromium with KLOK_BENCH_PROFILE).
      minify: process.env['KLOK_NO_MINIFY'] !== '1',
      // KLOK_SOURCEMAP=1 writes source maps (to see what the bundle holds).
      sourcemap: process.env['KLOK_SOURCEMAP'] === '1',
      rolldownOptions: { input: { index: resolve(import.meta.dirname, 'src-renderer/index.html') } },
    },
  },
});
