import { useEffect, useState } from 'react';

/**
 * The renderer's one clock. Everything that needs "now" asks here, so tests drive time in one
 * place (Playwright's clock replaces Date and timers underneath).
 */
export function now(): number {
  return Date.now();
}

/** The current time, re-rendering every `intervalMs` (the board's one-second tick). */
export function useNow(intervalMs = 1000): number {
  const [value, setValue] = useState(now);
  useEffect(() => {
    const handle = setInterval(() => setValue(now()), intervalMs);
    return () => clearInterval(handle);
  }, [intervalMs]);
  return value;
}
