import type { Plugin } from 'vite';

/** The long cache lifetime of a file whose name carries its content's hash. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';

/**
 * Serves the web target's hashed files (`assets/*`: scripts, styles, fonts, named by their
 * content's hash) as immutable, and leaves the page itself to be revalidated: the browser then
 * keeps the scripts and the code V8 compiled from them, instead of asking again on every start
 * (Vite's preview server answers `no-cache` for everything, and a revalidated script is parsed
 * and compiled afresh: 0.7 s on every start of a loaded machine, issue 7). A new build brings new
 * file names, so a cached file is never stale.
 */
export function cacheHashedAssets(): Plugin {
  return {
    name: 'klok:cache-hashed-assets',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/assets/')) res.setHeader('Cache-Control', HASHED_ASSET_CACHE);
        next();
      });
    },
  };
}
