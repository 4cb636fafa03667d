import { useMutation, useQueryClient } from '@tanstack/react-query';
import { minutesOfDay, type NotificationHours } from '../../../src-shared/clock/notification-rules';
import { InputError, issue, type InputIssue } from '../../../src-shared/validation/issues';
import { useDeskServices } from '../../desk/desk-services';
import { putSetting } from '../../store/desk-store';
import { NOTIFICATION_HOURS_KEY, notificationKeys, PERMISSION_DECLINED_KEY } from './queries';

/** The issues of notification hours as typed: two times, the first before the second. */
export function notificationHoursIssues(hours: Pick<NotificationHours, 'from' | 'to'>): InputIssue[] {
  const from = minutesOfDay(hours.from);
  const to = minutesOfDay(hours.to);
  const issues: InputIssue[] = [];
  if (from === null) issues.push(issue('notifyFrom', 'must be a time such as 08:30', 'notify.time_format'));
  if (to === null) issues.push(issue('notifyTo', 'must be a time such as 17:00', 'notify.time_format'));
  if (from !== null && to !== null && to <= from) issues.push(issue('notifyTo', 'must be later than the start', 'notify.end_before_start'));
  return issues;
}

/** Saves the agent's notification hours (checked first); `useHandNotificationHours` gives them to the shell. */
export function useSaveNotificationHours() {
  const { db } = useDeskServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (hours: Omit<NotificationHours, 'zone'>) => {
      const issues = notificationHoursIssues(hours);
      if (issues.length > 0) throw new InputError(issues);
      await putSetting(db, NOTIFICATION_HOURS_KEY, hours);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.hours() }),
  });
}

/** Asks the browser for permission to notify (web target), or remembers "not now". */
export function useNotificationPermission() {
  const { db } = useDeskServices();
  const client = useQueryClient();
  return {
    ask: useMutation({
      mutationFn: () => (typeof Notification === 'undefined' ? Promise.resolve('denied' as NotificationPermission) : Notification.requestPermission()),
      onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
    }),
    decline: useMutation({
      mutationFn: () => putSetting(db, PERMISSION_DECLINED_KEY, true),
      onSuccess: () => client.invalidateQueries({ queryKey: notificationKeys.declined() }),
    }),
  };
}
