import type { Deadline } from '../../src-shared/clock/deadline';
import { DeadlineClock } from '../../src-shared/clock/deadline-clock';
import { ALWAYS_NOTIFY, deadlinesToNotify, GROUP_TEXTS, notificationOf, type NotificationHours } from '../../src-shared/clock/notification-rules';
import { now } from '../clock/app-clock';
import { DESK_FILE_EXTENSION, START_CALL_ACCELERATOR, type AppLanguage } from '../../src-shared/ipc/ipc-contract';
import { BACKUP_EXTENSION } from '../../src-shared/backup/backup-file';
import { matchesAccelerator } from './accelerators';
import type { Platform } from './platform';

/**
 * The platform in a plain browser: the deadline clock runs in the page, notifications use the
 * browser's (when the user allowed them), exports download, imports use a file picker.
 */
export function webPlatform(): Platform {
  const deadlineListeners = new Set<(d: Deadline) => void>();
  const clickListeners = new Set<(ticketId: string) => void>();
  let hours: NotificationHours = ALWAYS_NOTIFY;
  let language: AppLanguage = 'en';
  const clock = new DeadlineClock(
    {
      now,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      announce(due) {
        const note = notificationOf(deadlinesToNotify(due, hours, now()), GROUP_TEXTS[language]);
        if (note && 'Notification' in window && Notification.permission === 'granted') {
          const shown = new Notification(note.title, { body: note.body });
          shown.onclick = () => {
            window.focus();
            for (const listener of clickListeners) listener(note.ticketId);
          };
        }
        for (const deadline of due) for (const listener of deadlineListeners) listener(deadline);
      },
      remember(keys) {
        try {
          localStorage.setItem(ANNOUNCED_KEY, JSON.stringify([...keys]));
        } catch {
          // Storage full or blocked: announcements are then remembered for this page only.
        }
      },
    },
    announcedBefore(),
  );
  return {
    kind: 'web',
    setDeadlines(deadlines, counts) {
      clock.setDeadlines(deadlines);
      document.title = counts.breached + counts.atRisk > 0 ? `Klok (${counts.breached} · ${counts.atRisk})` : 'Klok';
    },
    saveExport(suggestedName, content) {
      download(suggestedName, content, suggestedName.endsWith('.csv') ? 'text/csv;charset=utf-8' : 'application/json');
      return Promise.resolve(true);
    },
    printDocument(html) {
      // The document in a window of its own (same origin, so it can be told to print once loaded).
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      const win = window.open(url, '_blank');
      if (!win) return Promise.resolve(false);
      win.addEventListener('load', () => {
        win.print();
        URL.revokeObjectURL(url);
      });
      return Promise.resolve(true);
    },
    async openImport() {
      return (await pickFile(`application/json,.json,${DESK_FILE_EXTENSION}`))?.bytes ?? null;
    },
    setLanguage(chosen) {
      language = chosen;
    },
    setNotificationHours(chosen) {
      hours = chosen;
    },
    onNotificationClick(listener) {
      clickListeners.add(listener);
      return () => clickListeners.delete(listener);
    },
    // No menu in a browser: the page catches the shortcut a menu item would have (starting a call).
    onMenuCommand(listener) {
      const onKey = (e: KeyboardEvent) => {
        if (!matchesAccelerator(START_CALL_ACCELERATOR, e)) return;
        e.preventDefault();
        listener('start-call');
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    // A browser opens no files from the file manager: they are picked in the dialogs.
    onFileOpened: () => () => undefined,
    openAtLogin: null,
    backups: {
      kind: 'download',
      status: () => Promise.resolve(null),
      write(name, text) {
        download(name, text, 'application/json');
        return Promise.resolve();
      },
      read: () => Promise.reject(new Error('a browser keeps no backup folder: pick the backup file')),
      pickFile: () => pickFile(`${BACKUP_EXTENSION},application/json`),
      chooseFolder: () => Promise.resolve(null),
      setKeep: () => Promise.resolve(null),
    },
    onTimeChanged(listener) {
      const handler = () => {
        if (document.visibilityState === 'visible') {
          clock.recompute();
          listener();
        }
      };
      document.addEventListener('visibilitychange', handler);
      return () => document.removeEventListener('visibilitychange', handler);
    },
    onDeadline(listener) {
      deadlineListeners.add(listener);
      return () => deadlineListeners.delete(listener);
    },
  };
}

/** Hands the browser a file to save (its downloads). */
function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file the user picks with the browser's file dialog, or null when they cancel. */
function pickFile(accept: string): Promise<{ bytes: Uint8Array; name: string } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void file.arrayBuffer().then((buffer) => resolve({ bytes: new Uint8Array(buffer), name: file.name }));
      else resolve(null);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** Where the page keeps the deadlines it announced, so a reload never announces them again. */
const ANNOUNCED_KEY = 'klok.announced-deadlines';

function announcedBefore(): string[] {
  try {
    const json: unknown = JSON.parse(localStorage.getItem(ANNOUNCED_KEY) ?? '[]');
    return Array.isArray(json) ? json.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}
