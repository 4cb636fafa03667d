import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../src-shared/ipc/ipc-contract';
import { useDeskServices } from './desk/desk-services';

/**
 * Runs the application menu's commands (Electron; the web target has no menu). The handlers may
 * change on every render; the subscription is made once.
 */
export function useMenuCommands(handlers: Record<MenuCommand, () => void>): void {
  const { platform } = useDeskServices();
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => platform.onMenuCommand((command) => latest.current[command]()), [platform]);
}
