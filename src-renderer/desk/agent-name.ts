import { useSyncExternalStore } from 'react';

/**
 * Who works at this workstation: kept per workstation (localStorage), stamped as `by` on every
 * event they cause. Not an account system; a name. Until the agent gives one, events carry none
 * (`by` is empty: no English default stored in the log), and a screen that must name the agent
 * says `agent.unnamed` in its own language.
 */
const KEY = 'klok.agent';
const listeners = new Set<() => void>();

export function agentName(): string {
  return localStorage.getItem(KEY)?.trim() ?? '';
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
