import { z } from 'zod';
import { DEADLINE_KINDS } from '../clock/deadline';
import type { IpcCallName, IpcPushName } from './ipc-channels';

/**
 * The one contract between main and renderer. Calls are `domain:verb-noun` (renderer asks,
 * main answers); pushes are `domain:noun-changed` (main tells). Main validates every call's
 * argument with its schema before acting; the preload exposes nothing else.
 */
const deadline = z
  .object({
    ticketId: z.string().min(1).max(100),
    ticketNumber: z.string().min(1).max(40),
    title: z.string().max(500),
    timer: z.string().min(1).max(40),
    kind: z.enum(DEADLINE_KINDS),
    at: z.number().finite(),
    message: z.string().max(1000),
    isUrgent: z.boolean().optional(),
  })
  .strict();

/** The languages Klok speaks; the renderer tells main which one the user chose (the menu and the window title follow it). */
export const APP_LANGUAGES = ['en', 'nl'] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];

/** A backup's file name as Klok gives it (`klok-<UTC time>Z….klokbackup`): never a path. */
const backupName = z.string().regex(/^klok-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(-before-restore)?\.klokbackup$/, 'must be a backup name Klok gave');
/** The backup folder of this machine, its backups (newest first) and how many are kept. */
const backupStatus = z
  .object({
    folder: z.string(),
    keep: z.number().int().min(1).max(365),
    backups: z.array(z.object({ name: z.string(), bytes: z.number().int().nonnegative(), createdAt: z.number() }).strict()),
  })
  .strict();
export type BackupStatus = z.output<typeof backupStatus>;

/** Klok's desk files (an export) end in this; the packaged app opens them (an import, asked first). */
export const DESK_FILE_EXTENSION = '.klokdesk';
/** What a file opened from the file manager is: a backup (restore preview) or a desk file (import). */
export const OPENED_FILE_KINDS = ['backup', 'desk'] as const;
export type OpenedFileKind = (typeof OPENED_FILE_KINDS)[number];

export const ipcCalls = {
  'clock:set-deadlines': {
    arg: z
      .object({
        deadlines: z.array(deadline).max(200_000),
        breachedCount: z.number().int().nonnegative(),
        atRiskCount: z.number().int().nonnegative(),
        breachingTodayCount: z.number().int().nonnegative(),
      })
      .strict(),
    result: z.object({ scheduled: z.number().int() }),
  },
  // The agent's notification hours: outside them only urgent deadlines raise an OS notification.
  'clock:set-notification-hours': {
    arg: z
      .object({
        isLimited: z.boolean(),
        from: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 08:30'),
        to: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time such as 17:00'),
        isWeekdaysOnly: z.boolean(),
        zone: z.string().min(1).max(100),
      })
      .strict(),
    result: z.object({ isLimited: z.boolean() }),
  },
  'app:get-info': {
    arg: z.undefined(),
    result: z.object({ version: z.string(), platform: z.string(), shell: z.literal('electron') }),
  },
  'app:set-language': {
    arg: z.object({ language: z.enum(APP_LANGUAGES) }).strict(),
    result: z.object({ language: z.enum(APP_LANGUAGES) }),
  },
  // Start Klok when the user logs in (a personal desktop setting).
  'app:get-open-at-login': { arg: z.undefined(), result: z.object({ isOn: z.boolean() }) },
  'app:set-open-at-login': { arg: z.object({ isOn: z.boolean() }).strict(), result: z.object({ isOn: z.boolean() }) },
  'files:save-export': {
    arg: z.object({ suggestedName: z.string().min(1).max(200), content: z.string().max(500_000_000) }).strict(),
    result: z.object({ isSaved: z.boolean(), path: z.string().nullable() }),
  },
  // An HTML document printed to a PDF file (invoice specifications): A4, the template's page numbers.
  'files:print-pdf': {
    arg: z.object({ html: z.string().min(1).max(50_000_000), suggestedName: z.string().min(1).max(200) }).strict(),
    result: z.object({ isSaved: z.boolean(), path: z.string().nullable() }),
  },
  'files:open-import': {
    arg: z.undefined(),
    result: z.object({ content: z.instanceof(Uint8Array).nullable(), name: z.string().nullable() }),
  },
  // Backups (issue 12): written atomically into this machine's backup folder, the oldest beyond
  // `keep` deleted; read back by name for a restore, or from any file the user picks.
  'backup:get-status': { arg: z.undefined(), result: backupStatus },
  'backup:write': {
    arg: z.object({ name: backupName, content: z.string().min(1).max(500_000_000) }).strict(),
    result: z.object({ path: z.string(), deleted: z.array(z.string()) }),
  },
  'backup:read': { arg: z.object({ name: backupName }).strict(), result: z.object({ content: z.instanceof(Uint8Array) }) },
  'backup:open-file': {
    arg: z.undefined(),
    result: z.object({ content: z.instanceof(Uint8Array).nullable(), name: z.string().nullable() }),
  },
  'backup:choose-folder': { arg: z.undefined(), result: backupStatus },
  'backup:set-keep': { arg: z.object({ keep: z.number().int().min(1).max(365) }).strict(), result: backupStatus },
  // A backup or desk file opened from the file manager (Klok handles .klokbackup and .klokdesk): handed over once.
  'files:take-opened': {
    arg: z.undefined(),
    result: z.object({ content: z.instanceof(Uint8Array).nullable(), name: z.string().nullable(), kind: z.enum(OPENED_FILE_KINDS).nullable() }),
  },
} as const satisfies Record<IpcCallName, { arg: z.ZodType; result: z.ZodType }>;

export const MENU_COMMANDS = [
  'new-ticket',
  'start-call',
  'import',
  'export',
  'backup-now',
  'backups',
  'view-queue',
  'view-status',
  'view-closed',
  'focus-search',
  'language-en',
  'language-nl',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * The shortcut of a call from anywhere in the desk: the menu's accelerator in Electron, and in the
 * web target (no menu) the same keys caught by the page. Control or Command, Shift and P (phone).
 */
export const START_CALL_ACCELERATOR = 'CmdOrCtrl+Shift+P';

export const ipcPushes = {
  'clock:deadline-changed': z.object({ deadline }),
  'clock:time-changed': z.object({ reason: z.enum(['resume', 'time-change', 'unlock']) }),
  // The user clicked a notification: the window shows the ticket it was about.
  'clock:notification-clicked': z.object({ ticketId: z.string().min(1).max(100) }),
  // A file was opened from the file manager while Klok runs: take it with files:take-opened.
  'files:opened-changed': z.object({}).strict(),
  'menu:command-changed': z.object({ command: z.enum(MENU_COMMANDS) }),
} as const satisfies Record<IpcPushName, z.ZodType>;

export type IpcCalls = typeof ipcCalls;
export type { IpcCallName, IpcPushName };
export type IpcArg<K extends IpcCallName> = z.input<IpcCalls[K]['arg']>;
export type IpcResult<K extends IpcCallName> = z.output<IpcCalls[K]['result']>;

export type IpcPushes = typeof ipcPushes;
export type IpcPayload<K extends IpcPushName> = z.output<IpcPushes[K]>;

/** What the preload exposes as `window.klok`: typed invoke and on over the contract, nothing else. */
export interface KlokBridge {
  invoke<K extends IpcCallName>(channel: K, ...arg: IpcArg<K> extends undefined ? [] : [IpcArg<K>]): Promise<IpcResult<K>>;
  /** Subscribes to a push; returns the unsubscribe function. */
  on<K extends IpcPushName>(channel: K, listener: (payload: IpcPayload<K>) => void): () => void;
}
