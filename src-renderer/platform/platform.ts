import type { Deadline } from '../../src-shared/clock/deadline';
import type { NotificationHours } from '../../src-shared/clock/notification-rules';
import type { AppLanguage, BackupStatus, MenuCommand, OpenedFileKind } from '../../src-shared/ipc/ipc-contract';

/**
 * What the renderer needs from its shell. In Electron it is main, over the typed bridge; in a
 * plain browser (the web target) the same things degrade gracefully: browser notifications,
 * downloads instead of save dialogs, a file picker instead of an open dialog.
 */
export interface Platform {
  readonly kind: 'electron' | 'web';
  /** Hands main the instants that matter; main sleeps until the earliest and notifies. */
  setDeadlines(deadlines: readonly Deadline[], counts: { breached: number; atRisk: number; breachingToday: number }): void;
  saveExport(suggestedName: string, content: string): Promise<boolean>;
  /** The bytes of a desk file the user picks (decoded strictly by the import), or null when they cancel. */
  openImport(): Promise<Uint8Array | null>;
  /** Tells the shell the user's language: Electron's menu and window title follow it (the web target has neither). */
  setLanguage(language: AppLanguage): void;
  /** Prints an HTML document (an invoice specification): to a PDF file in Electron, with the browser's print on the web. */
  printDocument(html: string, suggestedName: string): Promise<boolean>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Main saw the machine resume or the system time change: recompute everything. */
  onTimeChanged(listener: () => void): () => void;
  onDeadline(listener: (deadline: Deadline) => void): () => void;
  /** The agent's notification hours: outside them only urgent deadlines raise an OS notification. */
  setNotificationHours(hours: NotificationHours): void;
  /** The user clicked a notification: show the ticket it was about. */
  onNotificationClick(listener: (ticketId: string) => void): () => void;
  /** A backup or desk file opened from the file manager (the desktop app handles .klokbackup and .klokdesk): one waiting now, and each one later. */
  onFileOpened(listener: (file: { readonly bytes: Uint8Array; readonly name: string; readonly kind: OpenedFileKind }) => void): () => void;
  /** Where this machine's backups go. */
  readonly backups: BackupPlace;
  /** Start Klok when the user logs in (the desktop app); null where the shell cannot (a browser). */
  readonly openAtLogin: { get(): Promise<boolean>; set(isOn: boolean): Promise<boolean> } | null;
}

/**
 * This machine's backups: in Electron a folder main writes into (atomically), lists and rotates;
 * in a plain browser each backup is a download, and a restore reads a file the user picks.
 */
export interface BackupPlace {
  readonly kind: 'folder' | 'download';
  /** The folder, how many are kept and the backups in it (null for downloads). */
  status(): Promise<BackupStatus | null>;
  write(name: string, text: string): Promise<void>;
  /** The bytes of a backup in the folder, by name. */
  read(name: string): Promise<Uint8Array>;
  /** A backup file the user picks anywhere, or null when they cancel. */
  pickFile(): Promise<{ readonly bytes: Uint8Array; readonly name: string } | null>;
  chooseFolder(): Promise<BackupStatus | null>;
  setKeep(keep: number): Promise<BackupStatus | null>;
}
