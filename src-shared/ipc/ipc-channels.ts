/**
 * The channel names of the IPC contract, free of any dependency, so the sandboxed preload can
 * check names without bundling schemas. `ipc-contract.ts` ties each name to its schema.
 */
export const IPC_CALL_NAMES = [
  'clock:set-deadlines',
  'clock:set-notification-hours',
  'app:get-info',
  'app:set-language',
  'app:get-open-at-login',
  'app:set-open-at-login',
  'files:save-export',
  'files:open-import',
  'files:print-pdf',
  'files:take-opened',
  'backup:get-status',
  'backup:write',
  'backup:read',
  'backup:open-file',
  'backup:choose-folder',
  'backup:set-keep',
] as const;
export const IPC_PUSH_NAMES = [
  'clock:deadline-changed',
  'clock:time-changed',
  'clock:notification-clicked',
  'menu:command-changed',
  'files:opened-changed',
] as const;

export type IpcCallName = (typeof IPC_CALL_NAMES)[number];
export type IpcPushName = (typeof IPC_PUSH_NAMES)[number];
