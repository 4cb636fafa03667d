import { useSyncExternalStore } from 'react';

/**
 * Who works at this workstation: kept per workstation (localStorage), stamped as `by` on every
 * event they cause. Not an account system; a name.
 */
const KEY = 'klok.agent';
const DEFAULT_NAME = 'Agent';
const listeners = new Set<() => void>();

export function agentName(): string {
  return localStorage.getItem(KEY)?.trim() || DEFAULT_NAME;
}

export function setAgentName(name: string): void {
  localStorage.setItem(KEY, name);
  for (const listener of listeners) listener();
}

export function useAgentName(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => localStorage.getItem(KEY) ?? '',
  );
}
