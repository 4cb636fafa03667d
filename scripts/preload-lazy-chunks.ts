import type { Plugin } from 'vite';

/**
 * Preloads the parts of the renderer that load on demand and whose module matches `modules` (the
 * app's own: views and dialogs not on the first screen, the team lead's charts, the print
 * templates) with the page, as `<link rel="modulepreload">`: a desk opened once works offline,
 * as an offline-first desk must (the web target has no other cache; Electron reads its files
 * from disk anyway). Holiday data is left out: 205 countries, each loaded when chosen. At low
 * priority: the first screen's own script comes first (issue 7: they are 0.5 MB).
 */
export function preloadLazyChunks(modules: RegExp): Plugin {
  return {
    name: 'klok:preload-lazy-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = new Map(Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
        const wanted = new Set<string>();
        const add = (fileName: string) => {
          if (wanted.has(fileName)) return;
          wanted.add(fileName);
          for (const dependency of chunks.get(fileName)?.imports ?? []) add(dependency);
        };
        for (const chunk of chunks.values()) {
          if (chunk.isDynamicEntry && chunk.facadeModuleId && modules.test(chunk.facadeModuleId ?? '')) add(chunk.fileName);
        }
        // The entry and what it imports statically are loaded by the page already, at full priority.
        const loaded = new Set<string>();
        const load = (fileName: string) => {
          if (loaded.has(fileName)) return;
          loaded.add(fileName);
          for (const dependency of chunks.get(fileName)?.imports ?? []) load(dependency);
        };
        for (const chunk of chunks.values()) if (chunk.isEntry) load(chunk.fileName);
        for (const fileName of loaded) wanted.delete(fileName);
        return [...wanted]
          .sort()
          .map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: `./${fileName}`, fetchpriority: 'low' }, injectTo: 'head' as const }));
      },
    },
  };
}
