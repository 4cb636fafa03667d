import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { cacheHashedAssets } from './scripts/cache-hashed-assets';

// The web target: the renderer electron-vite built, served as a plain site (no Electron needed).
const renderer = resolve(import.meta.dirname, 'out/renderer');

export default defineConfig({
  root: renderer,
  plugins: [cacheHashedAssets()],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { outDir: renderer },
});
