import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Deadline } from '../../../src-shared/clock/deadline';
import { useDeskServices } from '../../desk/desk-services';
import { notificationHoursQuery } from './queries';

/** Gives the shell the agent's notification hours whenever they are read or change. */
export function useHandNotificationHours(): void {
  const { db, platform } = useDeskServices();
  const hours = useQuery(notificationHoursQuery(db));
  useEffect(() => {
    if (hours.data) platform.setNotificationHours(hours.data);
  }, [platform, hours.data]);
}

/** Runs `open(ticketId)` when the user clicks a notification. */
export function useNotificationClicks(open: (ticketId: string) => void): void {
  const { platform } = useDeskServices();
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => platform.onNotificationClick((ticketId) => latest.current(ticketId)), [platform]);
}

/** How many in-app alerts stay on screen: the newest. */
const KEPT = 5;

/** The deadlines that fell due while the desk was open, newest first (the in-app twin of the OS notifications). */
export function useFiredDeadlines(): { alerts: readonly Deadline[]; dismiss: (d: Deadline) => void } {
  const { platform } = useDeskServices();
  const [alerts, setAlerts] = useState<readonly Deadline[]>([]);
  useEffect(() => platform.onDeadline((d) => setAlerts((list) => [d, ...list.filter((x) => x !== d)].slice(0, KEPT))), [platform]);
  return { alerts, dismiss: (d) => setAlerts((list) => list.filter((x) => x !== d)) };
}
