import { defineConfig } from 'vite';

// The web target: the renderer electron-vite built, served as a plain site (no Electron needed).
export default defineConfig({
  root: 'out/renderer',
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { outDir: 'out/renderer' },
});
