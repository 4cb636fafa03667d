/**
 * Runs `fn` in the browser's next idle moment, at the latest after `timeoutMs` (soon, where there
 * is no such call: Node in tests). Returns the call that cancels it.
 */
export function whenIdle(fn: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
}
