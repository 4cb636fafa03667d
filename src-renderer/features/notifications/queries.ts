import { queryOptions } from '@tanstack/react-query';
import { ALWAYS_NOTIFY, type NotificationHours } from '../../../src-shared/clock/notification-rules';
import type { KlokDB } from '../../db/klok-db';
import { getSetting } from '../../store/desk-store';

/** Local settings (this workstation's agent): notification hours, and whether they said "not now" to desktop notifications. */
export const NOTIFICATION_HOURS_KEY = 'notificationHours';
export const PERMISSION_DECLINED_KEY = 'notificationPermissionDeclined';

export const notificationKeys = {
  all: ['notifications'] as const,
  hours: () => [...notificationKeys.all, 'hours'] as const,
  declined: () => [...notificationKeys.all, 'declined'] as const,
  permission: () => [...notificationKeys.all, 'permission'] as const,
};

/** The machine's zone: the agent's hours are their own. */
export function machineZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export const notificationHoursQuery = (db: KlokDB) =>
  queryOptions({
    queryKey: notificationKeys.hours(),
    queryFn: async (): Promise<NotificationHours> => {
      const stored = await getSetting<Partial<NotificationHours> | null>(db, NOTIFICATION_HOURS_KEY, null);
      return { ...ALWAYS_NOTIFY, ...stored, zone: machineZone() };
    },
  });

export const permissionDeclinedQuery = (db: KlokDB) =>
  queryOptions({ queryKey: notificationKeys.declined(), queryFn: async () => (await getSetting<unknown>(db, PERMISSION_DECLINED_KEY, false)) === true });

/**
 * Whether the browser lets the page notify, asked without blocking the page: `Notification.permission`
 * is a synchronous call to the browser's process, which on a start waits behind the store's first
 * reads (up to 23 ms of the first screen in a profile). The Permissions API answers the same asynchronously.
 */
export async function browserNotificationPermission(): Promise<NotificationPermission | 'unsupported'> {
  if (typeof Notification === 'undefined') return 'unsupported';
  try {
    const { state } = await navigator.permissions.query({ name: 'notifications' });
    return state === 'prompt' ? 'default' : state;
  } catch {
    return Notification.permission; // a browser without the Permissions API, or without notifications in it
  }
}

export const notificationPermissionQuery = (enabled: boolean) =>
  queryOptions({ queryKey: notificationKeys.permission(), queryFn: browserNotificationPermission, enabled, staleTime: Infinity });
