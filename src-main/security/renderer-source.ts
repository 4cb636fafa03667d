import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where the window's page comes from, and so which page main trusts: the renderer file inside the
 * app, or (in development only) electron-vite's dev server. Everything that trusts a URL (IPC
 * senders, permissions, navigation) compares against this one value.
 */
export type RendererSource =
  | { readonly kind: 'file'; readonly file: string; readonly url: string; readonly isWindows: boolean }
  | { readonly kind: 'dev-server'; readonly url: string; readonly origin: string };

/** The hosts a development server may run on: this machine only. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The renderer's source. `ELECTRON_RENDERER_URL` (set by `electron-vite dev`) is honoured only
 * when the app is not packaged, and only for an http(s) server on this machine; otherwise, and
 * always in a packaged app, the page is the app's own `rendererFile` (a path of `platform`: on
 * Windows, file paths compare without regard to case, as its file systems do).
 */
export function rendererSource(options: { isPackaged: boolean; envUrl: string | undefined; rendererFile: string; platform: NodeJS.Platform }): RendererSource {
  const devUrl = options.isPackaged ? null : devServerUrl(options.envUrl);
  if (devUrl) return { kind: 'dev-server', url: devUrl.href, origin: devUrl.origin };
  const isWindows = options.platform === 'win32';
  return { kind: 'file', file: options.rendererFile, url: pathToFileURL(options.rendererFile, { windows: isWindows }).href, isWindows };
}

function devServerUrl(value: string | undefined): URL | null {
  if (!value) return null;
  const url = parseUrl(value);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url;
}

/** `new URL` without the throw: null for anything that is not an absolute URL. */
export function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * Whether `url` is the Klok page itself: for the app's file, exactly that file (compared as a
 * path, so URL escaping does not matter; a fragment aside; never another file:// page, a query or
 * a host); for the dev server, exactly its origin (scheme, host and port: `http://localhost:51730`
 * is not `http://localhost:5173`).
 */
export function isRendererUrl(source: RendererSource, url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (source.kind === 'dev-server') return parsed.origin === source.origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '' || parsed.search !== '') return false;
  const own = filePath(source.url, source.isWindows);
  return own !== null && filePath(parsed, source.isWindows) === own;
}

/** The path a file: URL names (lower case on Windows), or null where Node refuses it (an encoded `/`, for one). */
function filePath(url: URL | string, isWindows: boolean): string | null {
  try {
    const path = fileURLToPath(url, { windows: isWindows });
    return isWindows ? path.toLowerCase() : path;
  } catch {
    return null;
  }
}
