import { isRendererUrl, parseUrl, type RendererSource } from './renderer-source';

/**
 * Whether the window may navigate (or be redirected, or have a frame navigate) to `url`: only
 * to the Klok page itself. Everything else is refused; an http(s) link is offered to the system
 * browser instead (`externalLink`).
 */
export function isNavigationAllowed(source: RendererSource, url: string): boolean {
  return isRendererUrl(source, url);
}

/** A link the system browser may open after the user agrees: http(s) with a host and no credentials. */
export type ExternalLink = { readonly url: string; readonly host: string };

/**
 * The external link behind `url`, or null when Klok never hands it to the operating system
 * (file:, javascript:, custom schemes, URLs with a user name or password, no host).
 */
export function externalLink(url: string): ExternalLink | null {
  const parsed = parseUrl(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  if (!parsed.hostname || parsed.username || parsed.password) return null;
  return { url: parsed.href, host: parsed.host };
}
